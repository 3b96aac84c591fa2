/**
 * Property-based fuzzing of the tag grammar, the policy loader, whole-file analysis, policy edits and quick
 * fixes (the groups are in properties.ts). Seeded and reproducible: a fixed seed by default, FUZZ_SEED=<n> to
 * explore others, FUZZ_SCALE=<x> to run x times as many cases. Each group runs in a worker with a watchdog,
 * two at a time. On failure the report gives the seed, every kind of failure with its first input, a shrunk
 * counterexample and the stack. A hang (no answer within FUZZ_HANG_MS) is recorded with its input and the
 * group goes on from the next input in a fresh worker.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inWorker } from './isolate';
import { CASE_BUDGET_MS } from './support';
import { GROUPS, GROUP_NAMES, type Failure, type GroupResult } from './properties';

export const BASE_SEED = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : 20261128;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/**
 * An input that shows no answer for this long has hung. A real hang never answers; the margin is for a loaded
 * machine, where a worker that loads TypeScript may take several seconds before its first case.
 */
const IDLE_MS = Number(process.env.FUZZ_HANG_MS ?? 30_000);
/** After this many hangs a group stops (each costs IDLE_MS). */
const MAX_HANGS = 3;
/** Kinds of failure shrunk per group (FUZZ_SHRINK_KINDS, 0 to skip), and the time each may take. */
const SHRINK_KINDS = Number(process.env.FUZZ_SHRINK_KINDS ?? 3);
const SHRINK_MS = 6_000;

function seedFor(group: string): number {
  let h = 2166136261;
  for (const ch of group) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (BASE_SEED ^ h) >>> 0 || 1;
}

function clip(s: string, n = 1500): string {
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
}

interface Summary {
  group: string;
  seed: number;
  planned: number;
  ran: number;
  failures: Failure[];
  hangs: number;
  crashes: number;
  ms: number;
}

function describeFailures(r: Summary): string {
  const lines = [
    `fuzz group "${r.group}" (FUZZ_SEED=${BASE_SEED}, group seed ${r.seed}): ${r.failures.length} kind(s) of failure in ${r.ran} of ${r.planned} cases`,
    `reproduce: FUZZ_SEED=${BASE_SEED} node test/run.mjs robustness/fuzz`,
  ];
  r.failures.forEach((f, i) => {
    lines.push('', `${i + 1}) ${f.kind}  (${f.count} of ${r.ran} inputs; first is input #${f.index})`);
    lines.push(`   first input: ${clip(f.input)}`);
    if (f.shrunk) lines.push(`   shrunk:      ${clip(f.shrunk)}`);
    lines.push(`   error:       ${f.message.split('\n').slice(0, 12).join('\n                ')}`);
  });
  return lines.join('\n');
}

/** Runs a group in workers: a hang ends its worker, is recorded with its input, and the run goes on from the next input. */
async function fuzzGroup(group: string): Promise<Summary> {
  const t0 = Date.now();
  const seed = seedFor(group);
  const planned = Math.max(1, Math.ceil(GROUPS[group].runs * SCALE));
  const runs = SCALE !== 1 ? planned : undefined;
  const failures = new Map<string, Failure>();
  let ran = 0;
  let hangs = 0;
  let crashes = 0;
  let from = 0;
  while (from < planned) {
    const outcome = await inWorker<GroupResult>({ kind: 'fuzz', group, seed, runs, from }, { idleMs: IDLE_MS });
    if (outcome.result) {
      ran += outcome.result.runs;
      for (const f of outcome.result.failures) {
        const known = failures.get(f.kind);
        if (known) known.count += f.count;
        else failures.set(f.kind, f);
        if (!f.kind.startsWith('InvariantError') && !(f.message.startsWith('InvariantError'))) crashes += f.count;
      }
      break;
    }
    if (outcome.hung && outcome.hung.lastIndex !== undefined) {
      hangs++;
      const index = outcome.hung.lastIndex;
      ran += index - from + 1;
      const kind = `HANG: no answer within ${IDLE_MS} ms (the per-input budget is ${CASE_BUDGET_MS} ms)`;
      const known = failures.get(kind);
      if (known) known.count++;
      else failures.set(kind, { kind, message: `the input never finished; its worker was ended after ${outcome.hung.afterMs} ms without progress`, input: outcome.hung.lastInput ?? '', index, count: 1 });
      from = index + 1;
      if (hangs >= MAX_HANGS) break;
      continue;
    }
    throw new Error(`fuzz group "${group}" (FUZZ_SEED=${BASE_SEED}) lost its worker: ${outcome.error ?? JSON.stringify(outcome.hung)}`);
  }
  // Shrink the first kinds (not hangs: their input is reported as is) to small counterexamples, each in its own worker.
  for (const f of [...failures.values()].filter((x) => !x.kind.startsWith('HANG')).slice(0, SHRINK_KINDS)) {
    const shrunk = await inWorker<string | undefined>({ kind: 'shrink', group, seed, runs, failureKind: f.kind }, { idleMs: IDLE_MS, totalMs: SHRINK_MS });
    if (shrunk.result) f.shrunk = shrunk.result;
  }
  return { group, seed, planned, ran, failures: [...failures.values()], hangs, crashes, ms: Date.now() - t0 };
}

describe('fuzz', { concurrency: 2 }, () => {
  if (!Number.isFinite(BASE_SEED)) throw new Error(`FUZZ_SEED must be a number, got ${process.env.FUZZ_SEED}`);
  for (const group of GROUP_NAMES) {
    test(group, { timeout: 15 * 60_000 }, async (t) => {
      const r = await fuzzGroup(group);
      t.diagnostic(`${group}: ${r.ran}/${r.planned} cases, ${r.failures.length} kind(s) of failure, ${r.crashes} crash(es), ${r.hangs} hang(s), ${(r.ms / 1000).toFixed(1)} s (seed ${r.seed})`);
      if (r.failures.length) assert.fail(describeFailures(r));
      assert.equal(r.ran, r.planned, 'every planned case ran');
    });
  }
});
