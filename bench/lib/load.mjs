/**
 * Scenarios 7 and 8: the language server under sustained load. The drivers are the protocol tests' own
 * (test/lsp/load/, compiled to out/ by `npm run compile-tests`): the soak types 20,000 keystrokes across 50 open files
 * with opens, closes, policy edits and a branch switch, and measures the heap after a forced GC through a probe
 * loaded only into that server process; chaos runs 10,000 seeded random client actions and compares the end with a
 * fresh server. `npm test` runs both shorter.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { int, ms, ratio } from './stats.mjs';

const require = createRequire(import.meta.url);

export const LOAD_DRIVERS = (repo) => path.join(repo, 'out', 'test', 'lsp', 'load');

export async function soak(repo, { edits, seed, log }) {
  const { runSoak, drift } = require(path.join(LOAD_DRIVERS(repo), 'soak.js'));
  const marks = [1000, ...Array.from({ length: Math.floor(edits / 5000) }, (_, i) => (i + 1) * 5000)].filter((x) => x < edits);
  log(`scenario 7: soak, ${int(edits)} edits across 50 open files (seed ${seed})`);
  const started = performance.now();
  const r = await runSoak({ edits, openFiles: 50, copies: 8, seed, heapAt: marks, log });
  const d = drift(r);
  const at = (edit) => r.heap.find((h) => h.edit >= edit);
  const first = at(1000);
  const last = r.heap[r.heap.length - 1];
  return {
    seed,
    edits: r.edits,
    files: r.files,
    checks: r.checks.length,
    heap: r.heap,
    heapBaseline: r.heapBaseline,
    heapAllClosed: r.heapAllClosed,
    heapClosedAgain: r.heapClosedAgain,
    growth: last.mb - first.mb,
    growthFrom: first,
    growthTo: last,
    drift: d,
    timeoutsAtEnd: r.timeoutsAtEnd,
    stderr: r.stderr,
    elapsedMs: performance.now() - started,
  };
}

export async function chaos(repo, { actions, seed, log }) {
  const { runChaos } = require(path.join(LOAD_DRIVERS(repo), 'chaos.js'));
  log(`scenario 8: chaos, ${int(actions)} random client actions (seed ${seed}; replay with CHAOS_SEED=${seed} CHAOS_ACTIONS=${actions} node test/run.mjs lsp/chaos)`);
  const started = performance.now();
  const r = await runChaos({ actions, seed, log });
  return { ...r, elapsedMs: performance.now() - started };
}

export function rows(results, row) {
  const s = results.soak;
  if (s) {
    row('7 soak', `heap after a forced GC, edit ${int(s.growthFrom.edit)} to ${int(s.growthTo.edit)}`, `${s.growthFrom.mb.toFixed(1)} MB to ${s.growthTo.mb.toFixed(1)} MB = ${s.growth >= 0 ? '+' : ''}${s.growth.toFixed(1)} MB`, '<= 10 MB', s.growth <= 10);
    row(
      '7 soak',
      'p95 processing per check, last 1,000 edits / first 1,000',
      `${ms(s.drift.last, 1)} / ${ms(s.drift.first, 1)} = ${ratio(s.drift.ratio)} (server main-thread CPU: ${ms(s.drift.cpuLast, 1)} / ${ms(s.drift.cpuFirst, 1)} = ${ratio(s.drift.cpuRatio)})`,
      '<= 1.2x',
      s.drift.ratio <= 1.2,
    );
  }
  const c = results.chaos;
  if (c) row('8 chaos', `${int(c.actions)} seeded random client actions (seed ${c.seed})`, c.problems.length ? `${c.problems.length} problems` : 'no crash, no error, nothing stale, same as a fresh server', 'no problem', c.problems.length === 0);
}

export function sections(results, p) {
  const m = results.machine;
  const when = m ? `Measured ${m.date} at commit ${m.commit}, load average ${m.loadavg} at the start of the run.` : '';
  const s = results.soak;
  if (s) {
    p('## 7. Soak', '');
    p(`\`node --expose-gc --require out/test/lsp/load/probe.js dist/server.js --stdio\` on ${int(s.files)} files (copies of examples/demo under one policy),`);
    p(`50 of them open. ${int(s.edits)} keystrokes as incremental didChange, in bursts of a few characters typed at a random place and later`);
    p('deleted again (so files keep their size), waiting for the diagnostics of each burst\'s last version: one check per burst,');
    p(`${int(s.checks)} checks. Every 250 edits one file is closed and another opened; every 1,000 the policy is edited on disk; at half`);
    p('way a branch switch rewrites every file with `purpose=account` on disk at once (one didChangeWatchedFiles; open ones reloaded by');
    p('the editor), and at three quarters switches back. The heap is `heapUsed` after `gc()`, read by the probe (test/lsp/load/probe.ts)');
    p('once the server has no timer pending and no scan under way; the probe is loaded by the test harness only and is not in dist/.', '');
    p('| edit | heap after GC |', '|---|---|');
    p(`| before opening any file (workspace scanned) | ${s.heapBaseline.toFixed(1)} MB |`);
    for (const h of s.heap) p(`| ${int(h.edit)} | ${h.mb.toFixed(1)} MB |`);
    p(`| every file closed at the end | ${s.heapAllClosed.toFixed(1)} MB |`);
    p(`| the same 50 opened, checked and closed again | ${s.heapClosedAgain.toFixed(1)} MB |`, '');
    p('| checks in | p95 processing (end-to-end minus the debounce) | p95 server main thread on a CPU |', '|---|---|---|');
    p(`| the first 1,000 edits | ${ms(s.drift.first, 1)} | ${ms(s.drift.cpuFirst, 1)} |`);
    p(`| the last 1,000 edits | ${ms(s.drift.last, 1)} | ${ms(s.drift.cpuLast, 1)} |`, '');
    p(`Seed ${s.seed} (SOAK_SEED replays the test's shorter run); ${Math.round(s.elapsedMs / 1000)} s in all. Timers pending at the end: ${s.timeoutsAtEnd}. Server stderr: ${s.stderr ? 'not empty' : 'empty'}. ${when}`, '');
  }
  const c = results.chaos;
  if (c) {
    p('## 8. Chaos', '');
    p(`${int(c.actions)} seeded random client actions (test/lsp/load/chaos.ts) against \`dist/server.js\` with two workspace folders' worth of`);
    p('files (three copies of examples/demo, two policies), then a wait until the server is quiet, then a fresh server started on the');
    p('same state (folders, settings, disk, open texts) and its diagnostics compared with the first server\'s, file by file.', '');
    p('| action | count |', '|---|---|');
    for (const [k, v] of Object.entries(c.counts).sort((x, y) => y[1] - x[1])) p(`| ${k} | ${int(v)} |`);
    p('');
    p(`Seed ${c.seed}; replay: \`CHAOS_SEED=${c.seed} CHAOS_ACTIONS=${c.actions} node test/run.mjs lsp/chaos\`. ${Math.round(c.elapsedMs / 1000)} s in all. ${when}`);
    p(`At the end: ${int(c.diagnostics)} diagnostics on ${int(c.filesWithDiagnostics)} files; ${c.problems.length ? c.problems.length + ' problems:' : 'no crash, nothing on stderr or in the error log, no diagnostic on a closed file that is deleted or outside every folder, and exactly the diagnostics of the fresh server.'}`, '');
    for (const x of c.problems.slice(0, 10)) p('```text', x, '```', '');
  }
}

/**
 * Only scenarios 7 and 8 (or one of them), or 9, were run: the summary rows and the section of each one run replace its own in
 * RESULTS.md, and everything else there stays as it was.
 */
export function splice(existing, rendered, scenarios = [7, 8]) {
  const next = rendered.split('\n');
  const lines = existing.split('\n');
  const scenarioOf = (l) => Number(/^\| (\d+) /.exec(l)?.[1] ?? NaN);
  const headingOf = (l) => Number(/^## (\d+)\. /.exec(l)?.[1] ?? NaN);
  const sectionIn = (ls, n) => {
    const start = ls.findIndex((l) => headingOf(l) === n);
    let end = start + 1;
    while (start !== -1 && end < ls.length && !/^## /.test(ls[end]) && !/^See \[ANALYSIS/.test(ls[end])) end++;
    return start === -1 ? undefined : { start, end };
  };
  for (const n of scenarios) {
    const rows = next.filter((l) => scenarioOf(l) === n);
    if (!rows.length) continue;
    for (let i = lines.length - 1; i >= 0; i--) if (scenarioOf(lines[i]) === n) lines.splice(i, 1);
    const after = lines.reduce((at, l, i) => (scenarioOf(l) <= n ? i + 1 : at), -1);
    lines.splice(after === -1 ? lines.length : after, 0, ...rows);
    const ours = sectionIn(next, n);
    const old = sectionIn(lines, n);
    if (old) lines.splice(old.start, old.end - old.start);
    if (!ours) continue;
    let at = lines.findIndex((l) => headingOf(l) > n || /^## Where the /.test(l) || /^See \[ANALYSIS/.test(l));
    if (at === -1) at = lines.length;
    lines.splice(at, 0, ...next.slice(ours.start, ours.end));
  }
  return lines.join('\n');
}

export function exists(repo) {
  return fs.existsSync(path.join(LOAD_DRIVERS(repo), 'soak.js'));
}
