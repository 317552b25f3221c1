/**
 * The worker thread of parse-pool.ts: parses one file at a time and sends back the result. Loaded from `dist/`
 * (compiled), with the heap limit the pool gives it; the pool terminates it when a parse takes too long.
 */
import { parentPort } from 'node:worker_threads';
import { importCatalogueText } from '@gongkai/domain';
import { readCatalogueFile, readCatalogueGrid } from './catalogue-read.js';
import type { WorkerReply, WorkerRequest } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs in a worker thread started by parse-pool.ts');

async function handle(m: WorkerRequest): Promise<WorkerReply> {
  try {
    const result =
      m.kind === 'file'
        ? await readCatalogueFile(m.fileName, m.data, m.columns ? { columns: m.columns } : {})
        : m.kind === 'grid'
          ? await readCatalogueGrid(m.fileName, m.data)
          : importCatalogueText(m.text, { sourceName: m.sourceName });
    return { type: 'done', id: m.id, result };
  } catch (e) {
    return { type: 'failed', id: m.id, message: e instanceof Error ? e.message : String(e) };
  }
}

port.on('message', (m: WorkerRequest) => {
  void handle(m).then((reply) => port.postMessage(reply));
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
