/**
 * A short soak in every test run: 2,000 keystrokes over LSP across 50 open files, with files closed and opened, the
 * policy edited and a branch switched along the way. No timing is asserted here (the bench does that, over 20,000);
 * what must hold is that nothing accumulates: the heap does not grow from one thousand edits to the next, what was
 * kept for open documents goes when they close, and no timer is left behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSoak } from './load/soak';
import { seedFrom } from './load/workload';

test('2,000 edits across 50 open files leave no growing heap, no per-document state and no timer behind', { timeout: 240_000 }, async () => {
  const seed = seedFrom('SOAK_SEED', (m) => console.log(`soak: ${m}`));
  const r = await runSoak({ edits: 2000, openFiles: 50, copies: 6, seed, heapAt: [500, 1000, 1500], log: (m) => console.log(m) });
  const at = (edit: number) => r.heap.find((h) => h.edit >= edit)!.mb;
  console.log(`soak: heap ${r.heap.map((h) => `${h.edit}: ${h.mb.toFixed(1)} MB`).join(', ')}; baseline ${r.heapBaseline.toFixed(1)} MB, all closed ${r.heapAllClosed.toFixed(1)} MB, closed again ${r.heapClosedAgain.toFixed(1)} MB`);
  assert.equal(r.edits, 2000);
  assert.ok(r.checks.length >= 150, `one check per burst of keystrokes: ${r.checks.length}`);
  // The first 500 edits warm everything up (every file opened has been analysed once); from there on, steady.
  assert.ok(at(2000) - at(500) < 4, `heap grew ${(at(2000) - at(500)).toFixed(1)} MB from edit 500 to 2,000`);
  // Closing every document gives back what was kept for them: opening the same 50 again and closing them adds nothing.
  assert.ok(r.heapClosedAgain - r.heapAllClosed < 1.5, `50 documents opened and closed again left ${(r.heapClosedAgain - r.heapAllClosed).toFixed(1)} MB behind`);
  assert.ok(r.heapAllClosed - r.heapBaseline < 8, `with every document closed the heap is ${(r.heapAllClosed - r.heapBaseline).toFixed(1)} MB over what it was before any was opened (the engine's bounded caches, compiled code)`);
  assert.equal(r.timeoutsAtEnd, 0);
  assert.equal(r.stderr, '', 'the server wrote nothing to stderr');
});
