/**
 * Parsing uploaded catalogue files off the request thread (issue 11): a small pool of worker threads runs
 * `readCatalogueFile` (or `readCatalogueFileWithLayout`), `readCatalogueGrid` and `importCatalogueText`, each parse with a time limit and each worker with a heap limit.
 * A worker that runs out of time or memory is terminated and replaced; the caller gets a {@link ParseFailure} whose
 * message (Chinese) says the file took too long or too much memory. Only the result crosses back to the caller's
 * thread (a structured clone of the parsed catalogue).
 *
 * The worker is `parse-worker.js` beside this module in `dist/`. Under Vitest this module runs from `src/*.ts`,
 * which a worker thread cannot load, so it uses `../dist/parse-worker.js`: run `pnpm run build` first (`pnpm test`
 * does). There is no in-thread fallback: a missing worker script is a broken build and fails loudly.
 *
 * Idle workers are unref'd (they never keep the process alive); a worker is ref'd only while it has work. Call
 * {@link closeParsePool} on shutdown to stop them at once.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ColumnOverride, GridResult, ImportResult } from '@gongkai/domain';
import type { ReadWithLayout } from './catalogue-read.js';
import type { RegisterSheetRead } from './application-xlsx.js';

export interface ParsePoolOptions {
  /** Worker threads (each is started on first need and kept). */
  workers: number;
  /** Time one parse may take, from the moment a worker starts on it. */
  timeoutMs: number;
  /** V8 old-generation heap limit of each worker (`resourceLimits.maxOldGenerationSizeMb`). */
  maxHeapMb: number;
  /** Parses that may wait for a worker; more are refused. */
  maxQueue: number;
}

/**
 * Two workers at most (one on a 2-core machine, leaving a core to the request thread and PostgreSQL). A 10,000-row
 * workbook (11 MB of sheet XML) parses in 5–8 s and fits in a 128 MB heap; real catalogues take well under 1 s.
 */
export const DEFAULT_PARSE_POOL_OPTIONS: ParsePoolOptions = {
  workers: Math.min(2, Math.max(1, availableParallelism() - 1)),
  timeoutMs: 30_000,
  maxHeapMb: 512,
  maxQueue: 8,
};

export type ParseRequest =
  | { kind: 'file'; fileName: string; data: Uint8Array; columns?: ColumnOverride[] }
  | { kind: 'fileWithLayout'; fileName: string; data: Uint8Array; columns?: ColumnOverride[] }
  | { kind: 'grid'; fileName: string; data: Uint8Array }
  | { kind: 'text'; text: string; sourceName?: string }
  | { kind: 'registerXlsx'; data: Uint8Array };
export type WorkerRequest = ParseRequest & { id: number };
/**
 * What a worker sends back: an import result, for a `grid` request the grid, for `fileWithLayout` the result with
 * the layout of the grid interpreted (all plain, structured-cloned).
 */
export type ParseOutcome = ImportResult | GridResult | ReadWithLayout | RegisterSheetRead;
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ParseOutcome }
  | { type: 'failed'; id: number; message: string };

export type ParseFailureReason = 'PARSE_TIMEOUT' | 'PARSE_TOO_LARGE' | 'PARSE_BUSY';

/** The file could not be parsed within the limits (or the pool is full): a user error, not a bug. */
export class ParseFailure extends Error {
  override name = 'ParseFailure';
  constructor(
    readonly reason: ParseFailureReason,
    message: string,
  ) {
    super(message);
  }
}

interface Task {
  id: number;
  request: WorkerRequest;
  timeoutMs: number;
  resolve(result: ParseOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  error: Error | null;
  heapMb: number;
}

export interface ParsePoolStats {
  workersStarted: number;
  /** Parses done (every kind); `parsedByKind` counts them by request kind (tests count the parses of an import). */
  parsed: number;
  parsedByKind: Record<ParseRequest['kind'], number>;
  timeouts: number;
  outOfMemory: number;
  crashes: number;
}

/** The compiled worker script, or null when there is none (not built). */
export function parseWorkerScript(): URL | null {
  const here = new URL(import.meta.url);
  const fromSource = here.pathname.endsWith('.ts');
  const script = fromSource ? new URL('../dist/parse-worker.js', here) : new URL('./parse-worker.js', here);
  if (!existsSync(fileURLToPath(script))) return null;
  if (fromSource) warnIfStale(fileURLToPath(new URL('.', here)), fileURLToPath(script));
  return script;
}

let staleWarned = false;
function warnIfStale(srcDir: string, script: string): void {
  if (staleWarned) return;
  const built = statSync(script).mtimeMs;
  const newer = readdirSync(srcDir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && statSync(`${srcDir}/${f}`).mtimeMs > built,
  );
  if (newer.length > 0) {
    staleWarned = true;
    console.warn(
      `注意：解析线程运行的是 packages/exchange/dist，它比源码旧（${newer.join('、')}）：请先运行 pnpm run build`,
    );
  }
}

const STARTUP_TIMEOUT_MS = 30_000;

const duration = (ms: number): string =>
  ms < 1000 ? `${ms} 毫秒` : ms % 1000 === 0 ? `${ms / 1000} 秒` : `${(ms / 1000).toFixed(1)} 秒`;

export class ParsePool {
  private readonly options: ParsePoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  readonly stats: ParsePoolStats = {
    workersStarted: 0,
    parsed: 0,
    parsedByKind: { file: 0, fileWithLayout: 0, grid: 0, text: 0, registerXlsx: 0 },
    timeouts: 0,
    outOfMemory: 0,
    crashes: 0,
  };

  constructor(
    options: Partial<ParsePoolOptions> = {},
    private readonly script: URL | null = parseWorkerScript(),
  ) {
    this.options = { ...DEFAULT_PARSE_POOL_OPTIONS, ...options };
  }

  /** Changes the options for later parses; a new heap limit applies to workers started from now on. */
  configure(options: Partial<ParsePoolOptions>): void {
    Object.assign(this.options, options);
  }

  get settings(): Readonly<ParsePoolOptions> {
    return this.options;
  }

  /** Parses running or waiting. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.task !== null).length;
  }

  /** `readCatalogueFile(fileName, data, { columns })` in a worker. */
  parseFile(
    fileName: string,
    data: Uint8Array,
    options: { timeoutMs?: number; columns?: readonly ColumnOverride[] } = {},
  ): Promise<ImportResult> {
    const columns = options.columns && options.columns.length > 0 ? options.columns.map((c) => ({ ...c })) : undefined;
    return this.submit(
      { kind: 'file', fileName, data, ...(columns ? { columns } : {}) },
      options.timeoutMs,
    ) as Promise<ImportResult>;
  }

  /**
   * `readCatalogueFileWithLayout(fileName, data, { columns })` in a worker: the import result and the layout (key) of
   * the grid it interpreted, in one parse (one LibreOffice conversion for an old Office/WPS file).
   */
  parseFileWithLayout(
    fileName: string,
    data: Uint8Array,
    options: { timeoutMs?: number; columns?: readonly ColumnOverride[] } = {},
  ): Promise<ReadWithLayout> {
    const columns = options.columns && options.columns.length > 0 ? options.columns.map((c) => ({ ...c })) : undefined;
    return this.submit(
      { kind: 'fileWithLayout', fileName, data, ...(columns ? { columns } : {}) },
      options.timeoutMs,
    ) as Promise<ReadWithLayout>;
  }

  /** `readCatalogueGrid(fileName, data)` in a worker: the file's grid of cells, for a preview. */
  parseGrid(fileName: string, data: Uint8Array, options: { timeoutMs?: number } = {}): Promise<GridResult> {
    return this.submit({ kind: 'grid', fileName, data }, options.timeoutMs) as Promise<GridResult>;
  }

  /** `importCatalogueText(text, { sourceName })` in a worker. */
  parseText(text: string, sourceName?: string, options: { timeoutMs?: number } = {}): Promise<ImportResult> {
    return this.submit({ kind: 'text', text, sourceName }, options.timeoutMs) as Promise<ImportResult>;
  }

  /** `readRegisterXlsx(data)` in a worker (the 依申请公开 register's Excel import). */
  parseRegisterXlsx(data: Uint8Array, options: { timeoutMs?: number } = {}): Promise<RegisterSheetRead> {
    return this.submit({ kind: 'registerXlsx', data }, options.timeoutMs) as Promise<RegisterSheetRead>;
  }

  /** Refuses waiting parses and terminates the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('解析线程池已关闭'));
    const exits = this.slots.splice(0).map((slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.reject(new Error('解析线程池已关闭'));
      slot.task = null;
      return slot.worker.terminate();
    });
    await Promise.all(exits);
  }

  private submit(request: ParseRequest, timeoutMs: number | undefined): Promise<ParseOutcome> {
    return new Promise<ParseOutcome>((resolve, reject) => {
      if (this.closed) return reject(new Error('解析线程池已关闭'));
      if (!this.script) {
        return reject(new Error('解析线程脚本 packages/exchange/dist/parse-worker.js 不存在：请先运行 pnpm run build'));
      }
      if (this.queue.length >= this.options.maxQueue) {
        return reject(
          new ParseFailure('PARSE_BUSY', `服务器正忙：等待解析的文件已有 ${this.queue.length} 个，请稍后再试`),
        );
      }
      const id = this.nextId++;
      this.queue.push({
        id,
        request: { ...request, id },
        timeoutMs: timeoutMs ?? this.options.timeoutMs,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /** Hands waiting parses to idle workers, and starts workers (up to the limit) for the rest. */
  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && !slot.task) this.dispatch(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let waiting = this.queue.length - starting; waiting > 0 && this.slots.length < this.options.workers; waiting--)
      this.spawn();
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.timedOut(slot, task), task.timeoutMs);
    slot.worker.postMessage(task.request);
  }

  private timedOut(slot: Slot, task: Task): void {
    if (slot.task !== task) return;
    this.stats.timeouts++;
    slot.task = null;
    slot.timer = null;
    this.retire(slot);
    task.reject(
      new ParseFailure(
        'PARSE_TIMEOUT',
        `文件解析超时（超过 ${duration(task.timeoutMs)}），已停止：文件过大或过于复杂，请拆分后再导入`,
      ),
    );
    this.pump();
  }

  /** Takes a worker out of the pool and terminates it; `pump()` starts a replacement when work waits. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  private spawn(): void {
    const heapMb = this.options.maxHeapMb;
    const worker = new Worker(this.script!, {
      // No inherited flags (a test runner's loaders, --max-old-space-size): the limits below are the worker's.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: 4 },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, error: null, heapMb };
    this.slots.push(slot);
    this.stats.workersStarted++;
    // Loading the worker's modules takes ~0.2 s; one that never gets ready is a broken installation.
    const starting = setTimeout(() => {
      slot.error = new Error(`${STARTUP_TIMEOUT_MS / 1000} 秒内没有就绪`);
      void worker.terminate();
    }, STARTUP_TIMEOUT_MS);
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'ready') {
        clearTimeout(starting);
        slot.ready = true;
        worker.unref();
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.task = null;
      slot.timer = null;
      worker.unref();
      if (m.type === 'done') {
        this.stats.parsed++;
        this.stats.parsedByKind[task.request.kind]++;
        task.resolve(m.result);
      } else {
        task.reject(new Error(`解析文件时出错：${m.message}`));
      }
      this.pump();
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => {
      clearTimeout(starting);
      if (slot.timer) clearTimeout(slot.timer);
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const task = slot.task;
      slot.task = null;
      if (this.closed) return;
      const oom = (slot.error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (task) {
        if (oom) {
          this.stats.outOfMemory++;
          task.reject(
            new ParseFailure(
              'PARSE_TOO_LARGE',
              `文件过大：解析所需内存超过上限（${slot.heapMb} MB），已停止：请拆分后再导入`,
            ),
          );
        } else {
          this.stats.crashes++;
          task.reject(new Error(`解析线程意外退出（退出码 ${code}${slot.error ? `：${slot.error.message}` : ''}）`));
        }
      } else if (!slot.ready) {
        // It died while starting (a broken build): fail what waits rather than restarting in a loop.
        const error = new Error(`解析线程无法启动：${slot.error?.message ?? `退出码 ${code}`}`);
        for (const waiting of this.queue.splice(0)) waiting.reject(error);
        return;
      }
      this.pump();
    });
  }
}

let shared: ParsePool | null = null;
const sharedOptions: Partial<ParsePoolOptions> = {};

/** The process's pool (created on first use), which the GraphQL import mutations use. */
export function parsePool(): ParsePool {
  return (shared ??= new ParsePool(sharedOptions));
}

/** Changes the options of the process's pool (now, or when it is created). */
export function configureParsePool(options: Partial<ParsePoolOptions>): void {
  Object.assign(sharedOptions, options);
  shared?.configure(options);
}

/** Terminates the process's pool (for shutdown); a later parse starts a new one. */
export async function closeParsePool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}

/** `readCatalogueFile` in a worker of the process's pool; `columns` are the user's choice of what columns hold. */
export function parseCatalogueFile(
  fileName: string,
  data: Uint8Array,
  options: { timeoutMs?: number; columns?: readonly ColumnOverride[] } = {},
): Promise<ImportResult> {
  return parsePool().parseFile(fileName, data, options);
}

/**
 * `readCatalogueFileWithLayout` in a worker of the process's pool: the import result with the layout of the grid it
 * interpreted (null for JSON), so an import with a column mapping reads the file once.
 */
export function parseCatalogueFileWithLayout(
  fileName: string,
  data: Uint8Array,
  options: { timeoutMs?: number; columns?: readonly ColumnOverride[] } = {},
): Promise<ReadWithLayout> {
  return parsePool().parseFileWithLayout(fileName, data, options);
}

/** `readCatalogueGrid` in a worker of the process's pool (same limits and time-outs as a parse). */
export function parseCatalogueGrid(
  fileName: string,
  data: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<GridResult> {
  return parsePool().parseGrid(fileName, data, options);
}

/** `importCatalogueText` in a worker of the process's pool. */
export function parseCatalogueText(
  text: string,
  options: { sourceName?: string; timeoutMs?: number } = {},
): Promise<ImportResult> {
  return parsePool().parseText(text, options.sourceName, { timeoutMs: options.timeoutMs });
}

/** `readRegisterXlsx` (a 依申请公开 register workbook) in a worker of the process's pool. */
export function parseRegisterXlsx(data: Uint8Array, options: { timeoutMs?: number } = {}): Promise<RegisterSheetRead> {
  return parsePool().parseRegisterXlsx(data, options);
}
