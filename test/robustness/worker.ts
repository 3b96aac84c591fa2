/**
 * Worker-thread entry for the robustness tests. Runs a fuzz group (posting each input before it is checked,
 * so the parent can name the input of a hang) or one named task of hostileTasks.ts, and posts the result.
 */
import { parentPort, workerData } from 'node:worker_threads';

export type WorkerTask =
  | { kind: 'fuzz'; group: string; seed: number; runs?: number; from: number }
  | { kind: 'shrink'; group: string; seed: number; runs?: number; failureKind: string }
  | { kind: 'task'; name: string; args: unknown[] };

export type WorkerMessage = { type: 'case'; index: number; input: string } | { type: 'done'; result: unknown } | { type: 'error'; error: string };

const task = workerData as WorkerTask;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

try {
  if (task.kind === 'fuzz' || task.kind === 'shrink') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const p = require('./properties') as typeof import('./properties');
    const report = (index: number, input: string) => post({ type: 'case', index, input });
    const result =
      task.kind === 'fuzz' ? p.runGroup(task.group, task.seed, task.runs, task.from, report) : p.shrinkKind(task.group, task.seed, task.runs, task.failureKind, report);
    post({ type: 'done', result });
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tasks = require('./hostileTasks') as Record<string, (...args: unknown[]) => unknown>;
    post({ type: 'done', result: tasks[task.name](...task.args) });
  }
} catch (e) {
  post({ type: 'error', error: String((e as Error)?.stack ?? e) });
}
