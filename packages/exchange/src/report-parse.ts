/**
 * Reading a published report file off the request thread: one worker thread per file (reports are few and small;
 * the catalogue pool of parse-pool.ts is left to catalogues), with a time limit and a heap limit. A file that takes
 * too long or too much memory is refused with a Chinese message; a file the reader refuses gives its message as a
 * {@link ReportFileError}. The worker is `report-parse-worker.js` beside this module in `dist/` (under Vitest, from
 * `../dist/`: run `pnpm run build` first).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportFileError, type ReportFileResult } from './report-read.js';

export interface ReportParseOptions {
  timeoutMs: number;
  maxHeapMb: number;
}

export const DEFAULT_REPORT_PARSE_OPTIONS: ReportParseOptions = { timeoutMs: 30_000, maxHeapMb: 512 };

function workerScript(): URL {
  const here = new URL(import.meta.url);
  const fromSource = here.pathname.endsWith('.ts');
  return fromSource ? new URL('../dist/report-parse-worker.js', here) : new URL('./report-parse-worker.js', here);
}

/** Reads a published report file (PDF, .docx, .html, .txt) in a worker thread. */
export function parseReportFile(
  fileName: string,
  data: Uint8Array,
  options: ReportParseOptions = DEFAULT_REPORT_PARSE_OPTIONS,
): Promise<ReportFileResult> {
  const script = workerScript();
  if (!existsSync(fileURLToPath(script)))
    return Promise.reject(
      new Error('解析线程脚本 packages/exchange/dist/report-parse-worker.js 不存在：请先运行 pnpm run build'),
    );
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(script, {
      workerData: { fileName, data },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    });
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new ReportFileError(
              `「${fileName}」读取超时（超过 ${Math.round(options.timeoutMs / 1000)} 秒），文件可能过大或已损坏`,
            ),
          ),
        ),
      options.timeoutMs,
    );
    worker.on(
      'message',
      (m: { type: 'done'; result: ReportFileResult } | { type: 'failed'; userError: boolean; message: string }) => {
        if (m.type === 'done') finish(() => resolve(m.result));
        else finish(() => reject(m.userError ? new ReportFileError(m.message) : new Error(m.message)));
      },
    );
    worker.on('error', (e) => {
      const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(oom ? new ReportFileError(`「${fileName}」读取时占用内存过多，文件可能过大或已损坏`) : e));
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`解析线程意外退出（${code}）`))));
  });
}
