/**
 * The worker thread of parse-pool.ts: parses one file at a time and sends back the result. Loaded from `dist/`
 * (compiled), with the heap limit the pool gives it; the pool terminates it when a parse takes too long.
 */
import { parentPort } from 'node:worker_threads';
import { importCatalogueText } from '@gongkai/domain';
import { readCatalogueFile, readCatalogueFileWithLayout, readCatalogueGrid } from './catalogue-read.js';
import type { ParseOutcome, WorkerReply, WorkerRequest } from './parse-pool.js';
import { readRegisterXlsx } from './application-xlsx.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs in a worker thread started by parse-pool.ts');

function parse(m: WorkerRequest): Promise<ParseOutcome> | ParseOutcome {
  const options = 'columns' in m && m.columns ? { columns: m.columns } : {};
  switch (m.kind) {
    case 'file':
      return readCatalogueFile(m.fileName, m.data, options);
    case 'fileWithLayout':
      return readCatalogueFileWithLayout(m.fileName, m.data, options);
    case 'grid':
      return readCatalogueGrid(m.fileName, m.data);
    case 'text':
      return importCatalogueText(m.text, { sourceName: m.sourceName });
    case 'registerXlsx':
      return readRegisterXlsx(m.data);
  }
}

async function handle(m: WorkerRequest): Promise<WorkerReply> {
  try {
    const result = await parse(m);
    return { type: 'done', id: m.id, result };
  } catch (e) {
    return { type: 'failed', id: m.id, message: e instanceof Error ? e.message : String(e) };
  }
}

port.on('message', (m: WorkerRequest) => {
  void handle(m).then((reply) => port.postMessage(reply));
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
