/**
 * Loaded into the language server only by the soak and chaos tests and their bench scenarios
 * (`node --expose-gc --require out/test/lsp/load/probe.js dist/server.js --stdio`, with an IPC channel). It answers
 * two questions over that channel: the heap after a forced GC, and whether the server has any timer pending. Living
 * here rather than as a request in the server keeps dist/ free of a debug entry point that every user would ship
 * with: no environment variable or flag can turn it on in an installed extension, because the code is not there.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('the probe needs --expose-gc and an IPC channel');

// Timeouts the server has set and not yet seen fire or cleared (setInterval is left out: the library's watch on
// the parent process ticks for ever).
const pending = new Set<unknown>();
let onSettled: (() => void) | undefined;
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

function settled(): void {
  if (pending.size === 0 && onSettled) onSettled();
}

globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = realSetTimeout(
    (...a: unknown[]) => {
      pending.delete(t);
      try {
        fn(...a);
      } finally {
        settled();
      }
    },
    ms,
    ...args,
  );
  pending.add(t);
  return t;
}) as typeof setTimeout;

globalThis.clearTimeout = ((t: Parameters<typeof clearTimeout>[0]) => {
  realClearTimeout(t);
  if (pending.delete(t)) settled();
}) as typeof clearTimeout;

type Request = { id: number; op: 'heap' | 'quiet' | 'snapshot'; file?: string };

function report(id: number): void {
  gc!();
  const m = process.memoryUsage();
  const resources = process.getActiveResourcesInfo();
  process.send!({ id, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, timeouts: pending.size, immediates: resources.filter((r) => r === 'Immediate').length });
}

process.on('message', (r: Request) => {
  if (r.op === 'heap') return report(r.id);
  // A heap snapshot, to see what a growing heap holds (the soak writes one when asked to by SOAK_SNAPSHOTS).
  if (r.op === 'snapshot') {
    gc!();
    require('node:v8').writeHeapSnapshot(r.file);
    return report(r.id);
  }
  // Quiet: no timeout pending, still so after the callbacks already queued (I/O, immediates) have run.
  const check = () => {
    if (pending.size > 0) {
      onSettled = check;
      return;
    }
    onSettled = undefined;
    setImmediate(() => (pending.size === 0 ? report(r.id) : check()));
  };
  check();
});
