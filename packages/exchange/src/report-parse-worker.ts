/**
 * The worker thread of report-parse.ts: reads one published report file and sends back the result (a structured
 * clone of the report JSON and findings). Loaded from `dist/` (compiled), with the heap limit the caller gives it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportFileError, readReportFile } from './report-read.js';

const port = parentPort;
if (!port) throw new Error('report-parse-worker.js runs in a worker thread started by report-parse.ts');

const { fileName, data } = workerData as { fileName: string; data: Uint8Array };
readReportFile(fileName, data).then(
  (result) => port.postMessage({ type: 'done', result }),
  (e: unknown) =>
    port.postMessage({
      type: 'failed',
      userError: e instanceof ReportFileError,
      message: e instanceof Error ? e.message : String(e),
    }),
);
