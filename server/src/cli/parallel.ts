/**
 * --concurrency: the files of a check shared among worker threads. The files are cut into chunks in walk order;
 * each thread takes the next chunk when it is free (a worker always holds one in reserve, so that it never waits
 * for the main thread), and results are put back in walk order, so the report is the one a single thread makes.
 * The main thread checks chunks too, between the workers' messages: on 2 cores that beat two workers with a
 * coordinating main thread (10,000 files, medians: 2.12 s against 2.29 s wall, 3.8 s against 4.2 s CPU, 235 MB
 * against 313 MB peak RSS).
 *
 * The workers run this same file (in the bundle, dist/cli.js; in the tests, its compiled module): loaded in a
 * worker thread marked by WORKER_MARK, it serves chunks instead of being a command line. Each worker has its own
 * policy cache and cross-file Project, which read the same files from disk and so give the same findings.
 */
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PolicyCache } from '../engine/index';
import { nodeHost } from '../runtime/nodeHost';
import { ChangeFilter, type ChangeFilterData } from './changed';
import { FileChecker, type FileCheckOptions, type FileResult, type FileTask } from './checkFile';
import type { Lang } from './report';

/** --concurrency as given: auto, off, or a number of threads checking files (1 = off). */
export type Concurrency = 'auto' | 'off' | number;

/**
 * What a worker costs. Each thread is a V8 isolate of its own: it loads the bundle, and its optimising compiler
 * redoes the work the main thread's did, on background threads (~1 s of CPU over a 10,000-file check, against
 * ~1.5 s on the main thread itself). So a check thread keeps about a core and a half busy, and on 2 cores a worker
 * does not pay: quiet medians at 10,000 files, 1.89 s alone and 2.00 s with a worker (2.75 s against 3.55 s CPU);
 * at 50,000 files 5.3 s to 7.0 s either way, the worker 20-40% more CPU. Hence auto: half the CPU cores, at most
 * MAX_AUTO_THREADS, and only with MIN_FILES_PER_THREAD files for each thread (a worker starts in ~0.25 s, in which
 * the main thread checks ~1,500 files).
 */
export const MIN_FILES_PER_THREAD = 5_000;

/** At most this many threads for auto: each holds its own caches (~80 MB at 50,000 files), and the walk stays serial. */
export const MAX_AUTO_THREADS = 4;

/** How many threads check files: 1 means in the main thread alone. */
export function threadCount(concurrency: Concurrency, files: number, cpus = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(Math.floor(cpus / 2), MAX_AUTO_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
  // A number is taken as asked, except that a thread without a file to check would only cost its start-up.
  return Math.max(1, Math.min(concurrency, files));
}

/** A worker thread failed (threw, crashed or exited): the run stops with exit code 2. */
export class WorkerError extends Error {
  constructor(detail: string, lang: Lang) {
    super(
      lang === 'zh'
        ? `工作线程失败：${detail}\n可用 --concurrency off 在单个线程中检查；如果问题仍然存在，请报告此错误。`
        : `a worker thread failed: ${detail}\nRun with --concurrency off to check in a single thread; if the failure persists, please report it.`,
    );
  }
}

const WORKER_MARK = 'privacy-annotations/check-worker';

interface WorkerInput {
  [WORKER_MARK]: true;
  opts: FileCheckOptions;
  changed?: ChangeFilterData;
}

type ToWorker = { id: number; tasks: FileTask[] };
type FromWorker = { id: number; results: FileResult[] } | { error: string };

export interface ParallelOptions {
  /** Threads checking files, the main thread included (2 or more). */
  threads: number;
  /** Called with the number of files done whenever a chunk is done. */
  onProgress?: (done: number) => void;
  /** The script workers run; this module's file by default (tests point it elsewhere to see failures handled). */
  script?: string;
}

/**
 * A worker's stack, sized so that its code can recurse as deep as the main thread's: a file nested too deeply to
 * parse in one thread is too deep in the other (and is reported as not checked either way). Node gives a worker
 * 4 MB by default, four times V8's 984 KB of the main thread; V8's limit in a worker is its stack less 192 KB
 * that Node keeps for itself.
 */
function workerStackMb(): number {
  const kb = Number(/(?:^|\s)--stack-size=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 984);
  return (kb + 192) / 1024;
}

/** Chunks in reserve per worker, beyond the one it works on. */
const RESERVE = 1;

/**
 * Checks `tasks` with `local` in the main thread and `threads - 1` workers; the results in the order of `tasks`.
 * Rejects with WorkerError when a worker fails, and with the main thread's own error when its check throws.
 */
export function checkInParallel(tasks: FileTask[], local: FileChecker, opts: FileCheckOptions, changed: ChangeFilter | undefined, p: ParallelOptions): Promise<FileResult[]> {
  if (tasks.length === 0) return Promise.resolve([]);
  // Small chunks balance the threads and keep the wait at the end short; 64 files are ~10-15 ms of work.
  const size = Math.max(1, Math.min(64, Math.ceil(tasks.length / (p.threads * 8))));
  const chunks: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) chunks.push(tasks.slice(i, i + size));
  const results: FileResult[][] = new Array(chunks.length);
  let next = 0;
  let completed = 0;
  let filesDone = 0;
  let settled = false;
  const workers: Worker[] = [];

  return new Promise<FileResult[]>((resolve, reject) => {
    const stopWorkers = () => {
      for (const w of workers) void w.terminate();
    };
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      stopWorkers();
      reject(e);
    };
    const done = (id: number, r: FileResult[]) => {
      results[id] = r;
      completed++;
      filesDone += r.length;
      p.onProgress?.(filesDone);
      if (completed === chunks.length && !settled) {
        settled = true;
        stopWorkers();
        resolve(results.flat());
      }
    };

    const input: WorkerInput = { [WORKER_MARK]: true, opts, changed: changed?.toData() };
    for (let i = 0; i < p.threads - 1; i++) {
      let worker: Worker;
      try {
        worker = new Worker(p.script ?? __filename, { workerData: input, resourceLimits: { stackSizeMb: workerStackMb() } });
      } catch (e) {
        fail(new WorkerError((e as Error).message, opts.lang));
        return;
      }
      workers.push(worker);
      let inFlight = 0;
      const feed = () => {
        while (!settled && inFlight <= RESERVE && next < chunks.length) {
          const id = next++;
          inFlight++;
          worker.postMessage({ id, tasks: chunks[id] } satisfies ToWorker);
        }
      };
      worker.on('message', (m: FromWorker) => {
        if (settled) return;
        if ('error' in m) return fail(new WorkerError(m.error, opts.lang));
        inFlight--;
        feed();
        done(m.id, m.results);
      });
      worker.on('error', (e) => fail(new WorkerError(e.stack ?? String(e), opts.lang)));
      worker.on('exit', (code) => fail(new WorkerError(opts.lang === 'zh' ? `意外退出（退出码 ${code}）` : `it exited unexpectedly (exit code ${code})`, opts.lang)));
      // Chunks wait in the worker's queue while it starts.
      feed();
    }

    // The main thread checks a chunk at a time, and lets the workers' messages in between.
    const step = () => {
      if (settled || next >= chunks.length) return;
      const id = next++;
      let r: FileResult[];
      try {
        r = chunks[id].map((t) => local.check(t));
      } catch (e) {
        return fail(e);
      }
      done(id, r);
      setImmediate(step);
    };
    setImmediate(step);
  });
}

/** In a worker: check the chunks the main thread sends, until it terminates the worker. */
function serve(input: WorkerInput): void {
  const port = parentPort!;
  let checker: FileChecker;
  try {
    const changed = input.changed ? ChangeFilter.fromData(input.changed) : undefined;
    checker = new FileChecker(input.opts, nodeHost, new PolicyCache(nodeHost, input.opts.policy), changed);
  } catch (e) {
    port.postMessage({ error: (e as Error).stack ?? String(e) } satisfies FromWorker);
    return;
  }
  port.on('message', (m: ToWorker) => {
    let out: FromWorker;
    try {
      out = { id: m.id, results: m.tasks.map((t) => checker.check(t)) };
    } catch (e) {
      out = { error: (e as Error).stack ?? String(e) };
    }
    port.postMessage(out);
  });
}

/** True in a thread started by checkInParallel (the command line must then not run). */
export const isCheckWorker = !isMainThread && (workerData as Partial<WorkerInput> | null)?.[WORKER_MARK] === true;

if (isCheckWorker) serve(workerData as WorkerInput);
