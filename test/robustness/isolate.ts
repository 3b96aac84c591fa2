/**
 * Runs robustness work in a worker thread with a watchdog: a hang (an input that never finishes) ends the
 * worker and reports the last input instead of blocking the whole test run. The worker's stack is the size
 * of a Node main thread's, so stack overflows show as they would in the CLI and the server.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerMessage, WorkerTask } from './worker';

export interface WorkerOutcome<T> {
  result?: T;
  /** An exception that escaped the task. */
  error?: string;
  /** No progress for idleMs (or the whole run over totalMs): the worker was ended. */
  hung?: { afterMs: number; lastInput?: string; lastIndex?: number };
  cases: number;
  ms: number;
}

export function inWorker<T>(task: WorkerTask, opts: { idleMs: number; totalMs?: number }): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: task, resourceLimits: { stackSizeMb: 1 } });
    let lastInput: string | undefined;
    let lastIndex: number | undefined;
    let lastProgress = Date.now();
    let cases = 0;
    let settled = false;
    const finish = (o: Omit<WorkerOutcome<T>, 'cases' | 'ms'>) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve({ ...o, cases, ms: Date.now() - t0 });
    };
    const watchdog = setInterval(() => {
      const now = Date.now();
      if (now - lastProgress > opts.idleMs || (opts.totalMs !== undefined && now - t0 > opts.totalMs)) {
        finish({ hung: { afterMs: now - lastProgress, lastInput, lastIndex } });
      }
    }, 200);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'case') {
        cases++;
        lastInput = m.input;
        lastIndex = m.index;
        lastProgress = Date.now();
      } else if (m.type === 'done') finish({ result: m.result as T });
      else finish({ error: m.error });
    });
    worker.on('error', (e) => finish({ error: String(e?.stack ?? e) }));
    worker.on('exit', (code) => finish({ error: `worker exited with code ${code} before answering` }));
  });
}
