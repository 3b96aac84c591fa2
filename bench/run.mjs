#!/usr/bin/env node
/**
 * The benchmark harness (`npm run bench`, which builds dist/ first). Scenarios:
 *   1. CLI full check vs the floor (the same walk reading every file), vs the peer (ESLint + jsdoc/check-tag-names),
 *      and with egress discovery on vs off (--no-egress)
 *   2. growth: CLI time per file and peak RSS at 1,000 / 10,000 / 50,000 files
 *   3. edit latency over LSP stdio on a 5,000-line file with 300 tags and outbound calls, egress discovery on and off
 *   4. server cold start: first diagnostics of an opened file, workspace scan, memory
 *   5. the cross-file @crossBorder check (cross-border-undeclared-data): what it finds, and its cost
 *   6. navigation after the workspace scan: references and rename on the 10,000-file workspace
 *   7. soak: 20,000 edits over LSP across 50 open files; heap after a forced GC and p95 drift (bench/lib/load.mjs)
 *   8. chaos: 10,000 seeded random client actions, ending with the diagnostics of a fresh server
 * Run alone (--only 7,8), scenarios 7 and 8 replace only their own rows and sections in RESULTS.md.
 * Every figure is the median of several runs; ratios come from runs interleaved in this one invocation.
 * Prints a table and writes bench/RESULTS.md; a run of some scenarios (--only) replaces only theirs there.
 *
 * Options: --quick (fewer runs, 100 edits)   --only 1,3   --seed N   --peer-full (ESLint once on all 10,000 files)
 *          --no-profile (skip the --cpu-prof run)   --no-write (do not touch RESULTS.md)   --sizes 1000,10000,50000
 *          --wait-quiet SECONDS (wait for the load average to drop first; default 90, 0 with --quick)
 *          --repo PATH (repeatable: scenario 9 alone, the floor, the CLI and the ESLint peer on a real checkout)
 *          --baseline PATH (another build's dist/server.js, e.g. an older commit's: scenario 3 compares this server with
 *          it, interleaved, server CPU per edit before and after; scenario 1 runs its dist/cli.js beside this CLI)
 *          --rounds N (scenario 3 with --baseline: rounds of the three servers; default 3, 1 with --quick)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { BENCH_DIR, ensureEditWorkspace, ensureWorkspace } from './generate.mjs';
import { buildHelpers, ENGINE_BUNDLE } from './lib/build.mjs';
import { LspClient, uriOf } from './lib/lsp.mjs';
import { machineInfo } from './lib/machine.mjs';
import { runNode } from './lib/proc.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { Rng } from './lib/random.mjs';
import { navigation } from './lib/navigation.mjs';
import { spliceResults } from './lib/splice.mjs';
import { int, mb, median, ms, percentile, ratio, time } from './lib/stats.mjs';
import * as load from './lib/load.mjs';
import * as repos from './lib/repos.mjs';

const require = createRequire(import.meta.url);
const REPO = path.resolve(BENCH_DIR, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SERVER = path.join(REPO, 'dist', 'server.js');
const ESLINT = path.join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PEER_CONFIG = path.join(BENCH_DIR, 'peer', 'eslint.config.mjs');
const RESULTS = path.join(BENCH_DIR, 'RESULTS.md');

// --- options ------------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};
/** Every value given to a repeatable option. */
const values = (name) => argv.flatMap((a, i) => (a === name && i + 1 < argv.length ? [argv[i + 1]] : []));
const QUICK = flag('--quick');
const SEED = Number(value('--seed', '1'));
const ONLY = new Set(String(value('--only', '1,2,3,4,5,6,7,8')).split(',').map(Number));
const [S_SMALL, S_MAIN, S_LARGE] = String(value('--sizes', '1000,10000,50000')).split(',').map(Number);
const RUNS = QUICK
  ? { main: 3, small: 3, large: 1, startup: 3, peer: 1, cold: 1, coldOther: 1, edits: 100, warmEdits: 10, soakEdits: 2000, chaosActions: 1000 }
  : { main: 5, small: 5, large: 3, startup: 5, peer: 3, cold: 3, coldOther: 1, edits: 200, warmEdits: 20, soakEdits: 20000, chaosActions: 10000 };
const PEER_SUBSET = 1000;

const log = (...a) => console.error(...a);

// --- helpers ------------------------------------------------------------------------------------------------------

function need(file, hint) {
  if (!fs.existsSync(file)) {
    log(`bench: ${path.relative(REPO, file)} is missing: ${hint}`);
    process.exit(2);
  }
}

/** The debounce the server waits after a keystroke, read from its source so the harness follows a change. */
function serverDebounceMs() {
  const src = fs.readFileSync(path.join(REPO, 'server', 'src', 'lsp', 'checker.ts'), 'utf8');
  return Number(/DEBOUNCE_MS\s*=\s*(\d+)/.exec(src)?.[1] ?? 100);
}

function cliRun(dir, paths = ['.'], extra = [], cli = CLI) {
  const r = runNode(cli, ['check', ...paths, '--format', 'json', ...extra], { cwd: dir });
  if (r.code !== 0 && r.code !== 1) throw new Error(`CLI failed (exit ${r.code}) in ${dir}:\n${r.stderr.slice(0, 2000)}`);
  return r;
}

function floorRun(dir, paths = ['.']) {
  const r = runNode(path.join(BENCH_DIR, 'lib', 'floor.cjs'), paths, { cwd: dir });
  if (r.code !== 0) throw new Error(`floor failed: ${r.stderr}`);
  return r;
}

function peerRun(dir, paths) {
  const r = runNode(ESLINT, ['--config', PEER_CONFIG, '--format', 'json', '--no-warn-ignored', ...paths], { cwd: dir, keepStdout: true });
  if (r.code !== 0 && r.code !== 1) throw new Error(`ESLint failed (exit ${r.code}):\n${r.stderr.slice(0, 2000)}`);
  return r;
}

/** What the CLI's JSON says about the planted findings and the cross-file cases of a workspace. */
function checkFindings(report, manifest) {
  const at = new Map();
  for (const f of report.findings) {
    const k = `${f.file}:${f.line}`;
    if (!at.has(k)) at.set(k, new Set());
    at.get(k).add(f.rule);
  }
  let plantedFound = 0;
  for (const p of manifest.planted) if (p.rules.every((r) => at.get(`${p.file}:${p.line}`)?.has(r))) plantedFound++;
  const cf = { tsCases: 0, tsFound: 0, jsCases: 0, jsFound: 0, consistent: 0, falsePositives: 0 };
  for (const c of manifest.crossFile) {
    const hit = at.get(`${c.file}:${c.paramLine}`)?.has(manifest.crossFileRule) ?? false;
    if (c.consistent) {
      cf.consistent++;
      if (hit) cf.falsePositives++;
    } else if (c.viaJsDoc) {
      cf.jsCases++;
      if (hit) cf.jsFound++;
    } else {
      cf.tsCases++;
      if (hit) cf.tsFound++;
    }
  }
  return { filesChecked: report.filesChecked, findings: report.findings.length, plantedFound, planted: manifest.planted.length, crossFile: cf };
}

/** Runs fns in turn, `runs` times (A B A B ...), so that compared figures share the machine's moods. */
function interleaved(runs, fns) {
  const results = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((fn, j) => results[j].push(fn(i)));
  return results;
}

function subsetOf(manifest, files) {
  const dirs = [];
  let n = 0;
  for (const p of manifest.packages) {
    if (n >= files) break;
    dirs.push(p.dir);
    n += p.files;
  }
  return { dirs, files: n };
}

const status = (ok) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**missed**');

// --- scenarios ----------------------------------------------------------------------------------------------------

const results = { rows: [], details: [], notes: [] };
const row = (scenario, figure, value, target, ok) => results.rows.push({ scenario, figure, value, target, ok });

async function main() {
  if (flag('--render')) {
    // Re-render RESULTS.md from the last run's figures (after changing the report's layout).
    Object.assign(results, JSON.parse(fs.readFileSync(path.join(BENCH_DIR, '.build', 'results.json'), 'utf8')), { notes: [] });
    contentionNote();
    fs.writeFileSync(RESULTS, render());
    console.log(table());
    return;
  }
  need(CLI, 'run "npm run build" (npm run bench does it)');
  need(SERVER, 'run "npm run build" (npm run bench does it)');
  buildHelpers();
  const machine = machineInfo(REPO);
  const started = performance.now();
  log(`bench: ${QUICK ? 'quick' : 'full'} run on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; seed ${SEED}`);

  await waitQuiet(Number(value('--wait-quiet', QUICK ? '0' : '90')));
  if (values('--repo').length) return reposOnly(values('--repo'), machine, started);
  if (![1, 2, 3, 4, 5, 6].some((n) => ONLY.has(n))) return loadOnly(machine, started);
  const ws = {};
  // Scenario 3 uses a workspace of its own, and 6 only the main one.
  const sizes = [1, 2, 4, 5].some((n) => ONLY.has(n)) ? [S_SMALL, S_MAIN, S_LARGE] : ONLY.has(6) ? [S_MAIN] : [];
  for (const size of sizes) ws[size] = ensureWorkspace({ files: size, seed: SEED, log });
  const tiny = ensureWorkspace({ files: 1, seed: SEED, log });
  results.workspaces = sizes.map((s) => ({ size: s, ...ws[s].manifest, dir: path.relative(REPO, ws[s].dir) }));

  const cli = (results.cli = {});
  // Warm the page cache and the disk: nothing measured reads a file for the first time.
  for (const size of sizes) floorRun(ws[size].dir);

  // Startup: the CLI and the floor on a one-file workspace.
  const [cliTiny, floorTiny] = interleaved(RUNS.startup, [() => cliRun(tiny.dir), () => floorRun(tiny.dir)]);
  const startup = { cli: median(cliTiny.map((r) => r.wallMs)), floor: median(floorTiny.map((r) => r.wallMs)) };
  results.startup = startup;

  if (ONLY.has(1) || ONLY.has(2) || ONLY.has(4) || ONLY.has(5)) {
    log(`scenario 1: CLI vs floor on ${S_MAIN} files (${RUNS.main} runs each, interleaved)`);
    cliRun(ws[S_MAIN].dir);
    const [c, f] = interleaved(RUNS.main, [() => cliRun(ws[S_MAIN].dir), () => floorRun(ws[S_MAIN].dir)]);
    cli[S_MAIN] = { runs: c, wall: median(c.map((r) => r.wallMs)), cpu: median(c.map((r) => r.cpuMs)), main: median(c.map((r) => r.mainCpuMs)), wait: median(c.map((r) => r.waitMs)), rss: Math.max(...c.map((r) => r.maxRssMB)), check: checkFindings(JSON.parse(c[0].stdout), ws[S_MAIN].manifest) };
    const floor = { wall: median(f.map((r) => r.wallMs)), cpu: median(f.map((r) => r.cpuMs)), main: median(f.map((r) => r.mainCpuMs)), wait: median(f.map((r) => r.waitMs)), rss: Math.max(...f.map((r) => r.maxRssMB)), files: JSON.parse(f[0].stdout).files };
    const paired = median(c.map((r, i) => r.wallMs / f[i].wallMs));
    results.s1 = { cli: cli[S_MAIN], floor, paired, ratio: cli[S_MAIN].wall / floor.wall };
    if (ONLY.has(1)) {
      row(
        '1 CLI full check',
        `CLI / floor, ${int(S_MAIN)} files`,
        `${time(cli[S_MAIN].wall)} / ${time(floor.wall)} = ${ratio(results.s1.ratio)} (main-thread CPU: ${time(cli[S_MAIN].main)} / ${time(floor.main)} = ${ratio(cli[S_MAIN].main / floor.main)})`,
        '<= 2.0x',
        results.s1.ratio <= 2.0,
      );
    }
  }

  if (ONLY.has(1)) {
    log(`scenario 1: CLI with egress discovery on and off (--no-egress) on ${S_MAIN} files (${RUNS.main} runs each, interleaved)`);
    // With --baseline, the other build's CLI runs in the same rounds (it may predate --no-egress: it gets no flag).
    const baselineCli = value('--baseline', '') && path.join(path.dirname(path.resolve(value('--baseline', ''))), 'cli.js');
    const variants = [() => cliRun(ws[S_MAIN].dir), () => cliRun(ws[S_MAIN].dir, ['.'], ['--no-egress'])];
    if (baselineCli) variants.push(() => cliRun(ws[S_MAIN].dir, ['.'], [], baselineCli));
    const [on, off, base] = interleaved(RUNS.main, variants);
    const egress = (runs) => ({ wall: median(runs.map((r) => r.wallMs)), main: median(runs.map((r) => r.mainCpuMs)), findings: JSON.parse(runs[0].stdout).findings.length });
    const e = (results.s1egress = { on: egress(on), off: egress(off), outboundCalls: ws[S_MAIN].manifest.outboundCalls });
    if (base) {
      e.baseline = { label: commitOf(baselineCli), ...egress(base) };
      row(
        '1 CLI full check',
        `${e.baseline.label} vs this build, egress discovery off, on (${int(S_MAIN)} files, interleaved)`,
        `${time(e.baseline.wall)} vs ${time(e.off.wall)}, ${time(e.on.wall)} (main-thread CPU: ${time(e.baseline.main)} vs ${time(e.off.main)}, ${time(e.on.main)})`,
        '(before / after, informative)',
        undefined,
      );
    }
    e.ratio = e.on.wall / e.off.wall;
    e.mainRatio = e.on.main / e.off.main;
    row(
      '1 CLI full check',
      `egress discovery on / off (--no-egress), ${int(S_MAIN)} files, ${int(e.outboundCalls)} outbound calls`,
      `${time(e.on.wall)} / ${time(e.off.wall)} = ${ratio(e.ratio)} (main-thread CPU: ${time(e.on.main)} / ${time(e.off.main)} = ${ratio(e.mainRatio)})`,
      '<= 1.25x',
      e.ratio <= 1.25,
    );
  }

  if (ONLY.has(1)) {
    const subset = subsetOf(ws[S_MAIN].manifest, PEER_SUBSET);
    log(`scenario 1: peer (ESLint) vs CLI on ${subset.files} files of the ${S_MAIN}-file workspace (${RUNS.peer} runs each)`);
    const oneFile = ws[S_MAIN].manifest.planted[0]?.file ?? subset.dirs[0];
    const [peerTiny] = interleaved(RUNS.peer, [() => peerRun(ws[S_MAIN].dir, [oneFile])]);
    const [p, c] = interleaved(RUNS.peer, [() => peerRun(ws[S_MAIN].dir, subset.dirs), () => cliRun(ws[S_MAIN].dir, subset.dirs)]);
    const peerFiles = JSON.parse(p[0].stdout).length;
    const peer = { wall: median(p.map((r) => r.wallMs)), startup: median(peerTiny.map((r) => r.wallMs)), rss: Math.max(...p.map((r) => r.maxRssMB)), files: peerFiles };
    const cliSubset = median(c.map((r) => r.wallMs));
    peer.perFile = (peer.wall - peer.startup) / peer.files;
    peer.scaled = peer.startup + peer.perFile * S_MAIN;
    let measured;
    if (flag('--peer-full')) {
      log(`scenario 1: peer (ESLint) once on all ${S_MAIN} files`);
      const full = peerRun(ws[S_MAIN].dir, ['packages']);
      measured = { wall: full.wallMs, rss: full.maxRssMB, files: JSON.parse(full.stdout).length };
    }
    const peerMain = measured ? measured.wall : peer.scaled;
    results.s1peer = { subset, peer, cliSubset, sameSubset: peer.wall / cliSubset, measured, ratio: peerMain / cli[S_MAIN].wall };
    row(
      '1 CLI full check',
      `peer (ESLint) / CLI, ${int(S_MAIN)} files${measured ? '' : ' (peer scaled from ' + int(peer.files) + ')'}`,
      `${time(peerMain)} / ${time(cli[S_MAIN].wall)} = ${ratio(results.s1peer.ratio, 1)}`,
      '>= 20x',
      results.s1peer.ratio >= 20,
    );
  }

  if (ONLY.has(2) || ONLY.has(4) || ONLY.has(5)) {
    for (const [size, runs] of [[S_SMALL, RUNS.small], [S_LARGE, RUNS.large]]) {
      log(`scenario 2: CLI on ${size} files (${runs} runs)`);
      const c = interleaved(runs, [() => cliRun(ws[size].dir)])[0];
      cli[size] = { runs: c, wall: median(c.map((r) => r.wallMs)), cpu: median(c.map((r) => r.cpuMs)), main: median(c.map((r) => r.mainCpuMs)), wait: median(c.map((r) => r.waitMs)), rss: Math.max(...c.map((r) => r.maxRssMB)), check: checkFindings(JSON.parse(c[0].stdout), ws[size].manifest) };
    }
    const sizes = [S_SMALL, S_MAIN, S_LARGE];
    const perFile = sizes.map((s) => cli[s].wall / s);
    const marginal = sizes.map((s) => (cli[s].wall - startup.cli) / s);
    const spread = Math.max(...perFile) / Math.min(...perFile);
    const marginalSpread = Math.max(...marginal) / Math.min(...marginal);
    // Incremental cost per file between consecutive sizes: what growth looks like without any fixed cost.
    const slopes = sizes.slice(1).map((s, i) => (cli[s].wall - cli[sizes[i]].wall) / (s - sizes[i]));
    const slopeSpread = Math.max(...slopes) / Math.min(...slopes);
    results.s2 = { sizes, perFile, marginal, spread, marginalSpread, slopes, slopeSpread };
    if (ONLY.has(2)) {
      row('2 growth', 'CLI time per file, max / min over sizes', `${sizes.map((s, i) => `${int(s)}: ${(perFile[i] * 1000).toFixed(0)} µs`).join(', ')} = ${ratio(spread)}`, '<= 1.5x', spread <= 1.5);
      row(
        '2 growth',
        'incremental time per file between sizes (no fixed costs), max / min',
        `${sizes.slice(1).map((sz, i) => `${int(sizes[i])}→${int(sz)}: ${(slopes[i] * 1000).toFixed(0)} µs`).join(', ')} = ${ratio(slopeSpread)}`,
        '(linearity, informative)',
        undefined,
      );
      row('2 growth', `CLI peak RSS at ${int(S_LARGE)} files`, mb(cli[S_LARGE].rss), '< 400 MB', cli[S_LARGE].rss < 400);
    }
  }

  if (ONLY.has(3)) await editLatency();
  if (ONLY.has(4)) await coldStart(ws, cli);
  if (ONLY.has(5)) crossFile(ws, cli);
  if (ONLY.has(6)) await navigate(ws);
  await loadScenarios();
  if (!flag('--no-profile') && (ONLY.has(1) || ONLY.has(2))) profileCli(ws[S_MAIN].dir);
  if (!flag('--no-profile') && ONLY.has(4)) await profileServer(ws[S_MAIN].dir);

  results.machine = machine;
  results.machine.loadavgEnd = machineInfo(REPO).loadavg;
  results.busyAtEnd = await busyShare();
  results.elapsed = performance.now() - started;
  const md = render();
  fs.writeFileSync(path.join(BENCH_DIR, '.build', 'results.json'), JSON.stringify(results, (k, v) => (k === 'stdout' || k === 'stderr' ? undefined : v), 1));
  console.log(table());
  if (!flag('--no-write')) {
    const partial = [1, 2, 3, 4, 5, 6].filter((n) => !ONLY.has(n)).length > 0 && fs.existsSync(RESULTS);
    fs.writeFileSync(RESULTS, partial ? spliceResults(fs.readFileSync(RESULTS, 'utf8'), md, [...ONLY]) : md);
    log(`bench: wrote ${path.relative(process.cwd(), RESULTS)} (${time(results.elapsed)} in all)`);
  }
}

// --- 7, 8. the server under sustained load (bench/lib/load.mjs) -----------------------------------------------------

async function loadScenarios() {
  if (!ONLY.has(7) && !ONLY.has(8)) return;
  need(path.join(load.LOAD_DRIVERS(REPO), 'soak.js'), 'run "npm run compile-tests" (npm run bench does it)');
  if (ONLY.has(7)) results.soak = await load.soak(REPO, { edits: Number(value('--soak-edits', RUNS.soakEdits)), seed: Number(process.env.SOAK_SEED ?? SEED), log });
  if (ONLY.has(8)) results.chaos = await load.chaos(REPO, { actions: Number(value('--chaos-actions', RUNS.chaosActions)), seed: Number(process.env.CHAOS_SEED ?? SEED), log });
  load.rows(results, row);
}

/** Scenarios 7 and 8 alone: their rows and sections are spliced into RESULTS.md, the rest of it is kept. */
/** Scenario 9 alone: real repositories (bench/lib/repos.mjs), spliced into RESULTS.md. */
async function reposOnly(dirs, machine, started) {
  const { walk, nodeHost } = require(path.join(BENCH_DIR, '.build', 'walk.cjs'));
  const tools = { cliRun, floorRun, peerRun, interleaved, walkFiles: (dir) => walk(nodeHost, [dir]).files };
  results.repos = dirs.map((d) => repos.measureRepo(path.resolve(d), { runs: RUNS.main, peerRuns: RUNS.peer, log }, tools));
  for (const r of results.repos) repos.rows(r, row);
  results.machine = { ...machine, loadavgEnd: machineInfo(REPO).loadavg };
  results.elapsed = performance.now() - started;
  console.log(table());
  const out = results.rows.map((r) => `| ${r.scenario} | ${r.figure} | ${r.value} | ${r.target} | ${status(r.ok)} |`);
  const m = results.machine;
  repos.section(results.repos, `Measured ${m.date} at commit ${m.commit}, load average ${m.loadavg} at the start and ${m.loadavgEnd} at the end.`, (...l) => out.push(...l));
  if (!flag('--no-write')) {
    fs.writeFileSync(RESULTS, load.splice(fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, 'utf8') : render(), out.join('\n'), [9]));
    log(`bench: updated scenario 9 in ${path.relative(process.cwd(), RESULTS)} (${time(results.elapsed)} in all)`);
  }
}

async function loadOnly(machine, started) {
  await loadScenarios();
  results.machine = { ...machine, loadavgEnd: machineInfo(REPO).loadavg };
  results.elapsed = performance.now() - started;
  console.log(table());
  const out = results.rows.map((r) => `| ${r.scenario} | ${r.figure} | ${r.value} | ${r.target} | ${status(r.ok)} |`);
  load.sections(results, (...l) => out.push(...l));
  if (!flag('--no-write')) {
    fs.writeFileSync(RESULTS, load.splice(fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, 'utf8') : render(), out.join('\n')));
    log(`bench: updated scenarios ${[...ONLY].join(', ')} in ${path.relative(process.cwd(), RESULTS)} (${time(results.elapsed)} in all)`);
  }
}

/** Share of the machine's CPU time that was busy over `ms` (from /proc/stat; NaN elsewhere). */
async function busyShare(ms = 3000) {
  const read = () => {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + (cpu[4] ?? 0);
    return { idle, total: cpu.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = read();
    await new Promise((r) => setTimeout(r, ms));
    const b = read();
    return 1 - (b.idle - a.idle) / (b.total - a.total);
  } catch {
    return NaN;
  }
}

/** Other work on the machine skews every figure: wait (up to `seconds`) until the CPUs are mostly idle. */
async function waitQuiet(seconds) {
  const until = performance.now() + seconds * 1000;
  let busy = await busyShare();
  let said = false;
  while (busy > 0.2 && performance.now() < until) {
    if (!said) log(`bench: the machine is ${(busy * 100).toFixed(0)}% busy; waiting up to ${seconds} s for it to quieten (--wait-quiet 0 to skip)`);
    said = true;
    busy = await busyShare();
  }
  results.busyAtStart = busy;
}

/** Says in RESULTS.md when other processes competed for the CPUs. */
function contentionNote() {
  const busy = Math.max(results.busyAtStart ?? 0, results.busyAtEnd ?? 0);
  const waits = Object.values(results.cli ?? {}).flatMap((c) => c.runs ?? []).filter((r) => Number.isFinite(r.waitMs));
  const waited = waits.reduce((a, r) => a + r.waitMs, 0);
  const wall = waits.reduce((a, r) => a + r.wallMs, 0);
  if (busy > 0.2 || waited > 0.1 * wall) {
    results.notes.push(
      `Other processes competed for the CPUs during this run (${(busy * 100).toFixed(0)}% busy at its start or end; the CLI's main thread spent ${((waited / wall) * 100).toFixed(0)}% of its wall time waiting for a CPU). Wall times are inflated and noisy; the main-thread CPU figures (time on a CPU, from /proc/<pid>/schedstat) are much less affected.`,
    );
  }
}

/** Main-thread CPU time of this process in ms (/proc/thread-self/schedstat), or wall time where there is none. */
function threadCpuMs() {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return performance.now();
  }
}

// --- 3. edit latency ------------------------------------------------------------------------------------------------

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * One server typing the same seeded edits into the edit file: end-to-end latency per edit, and the server main
 * thread's CPU and wait per edit. `settings` are the client's (null: the defaults, every check on).
 */
async function typeEdits(edit, server, settings) {
  const client = LspClient.spawn(server);
  await client.initialize(edit.dir, settings);
  await client.notification('privacyAnnotations/scanned');
  let text = edit.text;
  const uri = client.open(edit.file, text, 1);
  const first = await client.diagnosticsFor(uri, 1);
  const rng = new Rng(`edits:${SEED}`);
  const chars = ' abcdefghijklmnopqrstuvwxyz;,.(){}=@';
  const run = { initialCount: first.diagnostics.length, texts: [], e2e: [], counts: [], serverCpu: [], serverWait: [] };
  let version = 1;
  for (let i = 0; i < RUNS.warmEdits + RUNS.edits; i++) {
    const offset = rng.int(0, text.length - 2);
    const insert = rng.chance(0.5);
    const start = positionAt(text, offset);
    const ch = insert ? chars[rng.int(0, chars.length - 1)] : '';
    // Deleting a line break would join lines: delete the character before it instead.
    let delAt = offset;
    if (!insert && (text[delAt] === '\n' || text[delAt] === '\r')) delAt = Math.max(0, delAt - 1);
    const range = insert ? { start, end: start } : { start: positionAt(text, delAt), end: positionAt(text, delAt + 1) };
    text = insert ? text.slice(0, offset) + ch + text.slice(offset) : text.slice(0, delAt) + text.slice(delAt + 1);
    version++;
    const before = client.sched();
    const t0 = performance.now();
    client.change(uri, version, range, ch);
    const p = await client.diagnosticsFor(uri, version, 30_000);
    const after = client.sched();
    if (i >= RUNS.warmEdits) {
      run.e2e.push(p.at - t0);
      run.serverCpu.push(after.cpuMs - before.cpuMs);
      run.serverWait.push(after.waitMs - before.waitMs);
      run.texts.push(text);
      run.counts.push(p.diagnostics.length);
    }
  }
  run.mem = client.memory();
  await client.stop();
  return run;
}

async function editLatency() {
  const debounce = serverDebounceMs();
  const edit = ensureEditWorkspace({ seed: SEED });
  log(`scenario 3: ${RUNS.edits} single-character edits over LSP on ${edit.lines} lines with ${edit.tags} tags and ${edit.outboundCalls} outbound calls (+${RUNS.warmEdits} warm-up), egress discovery on and off`);
  // Off first, then on: each a fresh server on the same edits.
  const off = await typeEdits(edit, SERVER, { detectEgress: false });
  const { initialCount, texts, e2e, counts, serverCpu, serverWait, mem } = await typeEdits(edit, SERVER, null);

  // The same texts in-process: a bare parse, and the engine's analyzeText (what the server runs after the debounce).
  const ts = require(require.resolve('typescript', { paths: [REPO] }));
  const engine = require(ENGINE_BUNDLE);
  const loaded = engine.loadPolicy(fs.readFileSync(path.join(edit.dir, 'privacy-policy.yaml'), 'utf8'), path.join(edit.dir, 'privacy-policy.yaml'));
  const parse = [];
  const parseCpu = [];
  const parseWithParents = [];
  const analyze = [];
  const analyzeCpu = [];
  // As the engine did for a caller without a Project: one over the disk for each call.
  const today = new Date().toISOString().slice(0, 10);
  const opts = () => ({ today, project: new engine.Project(engine.nodeHost) });
  for (let i = 0; i < Math.min(RUNS.warmEdits, texts.length); i++) {
    ts.createSourceFile(edit.file, texts[i], ts.ScriptTarget.Latest);
    engine.analyzeText(texts[i], edit.file, loaded.policy, opts());
  }
  for (const t of texts) {
    let c0 = threadCpuMs();
    let t0 = performance.now();
    ts.createSourceFile(edit.file, t, ts.ScriptTarget.Latest);
    parse.push(performance.now() - t0);
    parseCpu.push(threadCpuMs() - c0);
    t0 = performance.now();
    ts.createSourceFile(edit.file, t, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    parseWithParents.push(performance.now() - t0);
    c0 = threadCpuMs();
    t0 = performance.now();
    engine.analyzeText(t, edit.file, loaded.policy, opts());
    analyze.push(performance.now() - t0);
    analyzeCpu.push(threadCpuMs() - c0);
  }
  const processing = e2e.map((x) => x - debounce);
  const offProcessing = off.e2e.map((x) => x - debounce);
  const s = {
    lines: edit.lines,
    tags: edit.tags,
    edits: e2e.length,
    debounce,
    initialCount,
    counts: { min: Math.min(...counts), max: Math.max(...counts) },
    e2e: { p50: percentile(e2e, 50), p95: percentile(e2e, 95), max: Math.max(...e2e) },
    processing: { p50: percentile(processing, 50), p95: percentile(processing, 95) },
    parse: { p50: percentile(parse, 50), p95: percentile(parse, 95) },
    parseCpu: { p50: percentile(parseCpu, 50), p95: percentile(parseCpu, 95) },
    analyzeCpu: { p50: percentile(analyzeCpu, 50), p95: percentile(analyzeCpu, 95) },
    parseWithParents: { p50: percentile(parseWithParents, 50), p95: percentile(parseWithParents, 95) },
    analyze: { p50: percentile(analyze, 50), p95: percentile(analyze, 95) },
    serverCpu: { p50: percentile(serverCpu, 50), p95: percentile(serverCpu, 95) },
    serverWait: { p50: percentile(serverWait, 50), p95: percentile(serverWait, 95) },
    mem,
    outboundCalls: edit.outboundCalls,
    egressOff: {
      processing: { p50: percentile(offProcessing, 50), p95: percentile(offProcessing, 95) },
      serverCpu: { p50: percentile(off.serverCpu, 50), p95: percentile(off.serverCpu, 95) },
      counts: { min: Math.min(...off.counts), max: Math.max(...off.counts) },
    },
  };
  s.vsParse = s.processing.p95 / s.parse.p95;
  s.cpuVsParse = s.serverCpu.p95 / s.parseCpu.p95;
  results.s3 = s;
  row(
    '3 edit latency',
    `p95 processing (end-to-end minus ${debounce} ms debounce), ${int(s.edits)} edits`,
    `${ms(s.processing.p95, 1)} (p50 ${ms(s.processing.p50, 1)}; end-to-end p95 ${ms(s.e2e.p95, 1)}; server CPU per edit p95 ${ms(s.serverCpu.p95, 1)})`,
    '<= 25 ms',
    s.processing.p95 <= 25,
  );
  row(
    '3 edit latency',
    'p95 processing / p95 bare ts.createSourceFile',
    `${ms(s.processing.p95, 1)} / ${ms(s.parse.p95, 1)} = ${ratio(s.vsParse)} (CPU: server ${ms(s.serverCpu.p95, 1)} / parse ${ms(s.parseCpu.p95, 1)} = ${ratio(s.cpuVsParse)})`,
    '<= 1.5x',
    s.vsParse <= 1.5,
  );
  row(
    '3 edit latency',
    `egress discovery on / off (${s.outboundCalls} outbound calls in the file): p95 processing, server CPU per edit p95`,
    `${ms(s.processing.p95, 1)} / ${ms(s.egressOff.processing.p95, 1)}; CPU ${ms(s.serverCpu.p95, 1)} / ${ms(s.egressOff.serverCpu.p95, 1)} = ${ratio(s.serverCpu.p95 / s.egressOff.serverCpu.p95)}`,
    '(informative; the 25 ms target is with it on)',
    undefined,
  );
  const baseline = value('--baseline', '');
  if (baseline) await compareWith(edit, baseline, debounce);
}

/** The short commit of the checkout a server bundle was built in (dist/server.js -> its repository). */
function commitOf(serverJs) {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.dirname(path.dirname(path.resolve(serverJs))), encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : path.resolve(serverJs);
}

/**
 * Before and after: another build of the server (`--baseline`) and this one, typing the same edits in rounds
 * (baseline, this one with egress discovery off, this one with it on, and again), so that all three share the
 * machine's moods. Each figure is the median over the rounds of one run's percentile.
 */
async function compareWith(edit, baseline, debounce) {
  need(baseline, 'build the other commit first (npm run build in its checkout)');
  const rounds = Number(value('--rounds', QUICK ? '1' : '3'));
  const label = commitOf(baseline);
  log(`scenario 3: ${rounds} rounds of the same edits on ${label} (${baseline}) and this build, egress discovery off and on`);
  const variants = [
    ['baseline', baseline, { detectEgress: false }],
    ['off', SERVER, { detectEgress: false }],
    ['on', SERVER, null],
  ];
  const runs = { baseline: [], off: [], on: [] };
  for (let r = 0; r < rounds; r++) for (const [k, server, settings] of variants) runs[k].push(await typeEdits(edit, server, settings));
  const figures = (list) => {
    const per = (f) => ({ p50: median(list.map((x) => percentile(f(x), 50))), p95: median(list.map((x) => percentile(f(x), 95))) });
    return { serverCpu: per((x) => x.serverCpu), processing: per((x) => x.e2e.map((t) => t - debounce)) };
  };
  // Paired by round: in how many rounds this build with egress off used less CPU per edit than the other build.
  const lessIn = (p) => runs.off.filter((x, i) => percentile(x.serverCpu, p) < percentile(runs.baseline[i].serverCpu, p)).length;
  const perRound = runs.baseline.map((b, i) => [b, runs.off[i]].map((x) => [50, 95].map((p) => percentile(x.serverCpu, p))));
  const c = (results.s3.baseline = {
    label,
    rounds,
    baseline: figures(runs.baseline),
    off: figures(runs.off),
    on: figures(runs.on),
    lessIn: { p50: lessIn(50), p95: lessIn(95) },
    perRound,
  });
  row(
    '3 edit latency',
    `server CPU per edit p50 / p95: ${label} vs this build, egress discovery off, on (${rounds} interleaved rounds)`,
    `${ms(c.baseline.serverCpu.p50, 1)} / ${ms(c.baseline.serverCpu.p95, 1)} vs ${ms(c.off.serverCpu.p50, 1)} / ${ms(c.off.serverCpu.p95, 1)}, ${ms(c.on.serverCpu.p50, 1)} / ${ms(c.on.serverCpu.p95, 1)}`,
    '(before / after, informative)',
    undefined,
  );
}

// --- 4. cold start ----------------------------------------------------------------------------------------------------

async function coldStartOnce(dir, manifest) {
  // The opened file: one with planted findings, so its diagnostics are not empty.
  const rel = manifest.planted[Math.floor(manifest.planted.length / 2)]?.file ?? manifest.crossFile[0]?.file;
  const file = path.join(dir, rel);
  const text = fs.readFileSync(file, 'utf8');
  const client = LspClient.spawn(SERVER);
  const t0 = client.spawnedAt;
  await client.initialize(dir);
  const initialized = performance.now() - t0;
  const uri = client.open(file, text, 1);
  const first = await client.diagnosticsFor(uri, 1, 600_000);
  const schedFirst = client.sched();
  const scanned = await client.notification('privacyAnnotations/scanned', 600_000);
  const schedScanned = client.sched();
  const memAtScan = client.memory();
  await new Promise((r) => setTimeout(r, 1000));
  const memSettled = client.memory();
  const published = client.published.filter((p) => p.uri !== uri && p.count > 0).length;
  await client.stop();
  return {
    initialize: initialized,
    firstDiagnostics: first.at - t0,
    firstCount: first.diagnostics.length,
    scanned: scanned.at - t0,
    scannedFiles: scanned.params?.files,
    withProblems: scanned.params?.withProblems,
    published,
    memAtScan,
    memSettled,
    schedFirst,
    schedScanned,
  };
}

async function coldStart(ws, cli) {
  results.s4 = {};
  for (const size of [S_SMALL, S_MAIN, S_LARGE]) {
    const runs = size === S_MAIN ? RUNS.cold : RUNS.coldOther;
    log(`scenario 4: server cold start on ${size} files (${runs} run${runs > 1 ? 's' : ''})`);
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await coldStartOnce(ws[size].dir, ws[size].manifest));
    const m = (f) => median(rs.map(f));
    const r = {
      runs,
      initialize: m((x) => x.initialize),
      firstDiagnostics: m((x) => x.firstDiagnostics),
      scanned: m((x) => x.scanned),
      scannedFiles: rs[0].scannedFiles,
      withProblems: rs[0].withProblems,
      published: rs[0].published,
      rss: m((x) => x.memAtScan.rssMB),
      hwm: Math.max(...rs.map((x) => x.memAtScan.hwmMB)),
      rssSettled: m((x) => x.memSettled.rssMB),
      cpuFirst: m((x) => x.schedFirst.cpuMs),
      waitFirst: m((x) => x.schedFirst.waitMs),
      cpuScanned: m((x) => x.schedScanned.cpuMs),
      waitScanned: m((x) => x.schedScanned.waitMs),
      cli: cli[size]?.wall,
    };
    r.vsCli = r.scanned / r.cli;
    results.s4[size] = r;
  }
  const sizes = [S_SMALL, S_MAIN, S_LARGE];
  const worstFirst = Math.max(...sizes.map((s) => results.s4[s].firstDiagnostics));
  row('4 cold start', `spawn + initialize to first diagnostics of an opened file (${sizes.map((s) => int(s)).join(' / ')} files)`, sizes.map((s) => time(results.s4[s].firstDiagnostics)).join(' / '), '<= 1 s at every size', worstFirst <= 1000);
  const m = results.s4[S_MAIN];
  row('4 cold start', `workspace scan done / CLI, ${int(S_MAIN)} files`, `${time(m.scanned)} / ${time(m.cli)} = ${ratio(m.vsCli)}`, '<= 1.5x', m.vsCli <= 1.5);
  const l = results.s4[S_LARGE];
  row('4 cold start', `workspace scan done / CLI, ${int(S_LARGE)} files`, `${time(l.scanned)} / ${time(l.cli)} = ${ratio(l.vsCli)}`, '<= 1.5x', l.vsCli <= 1.5);
  row('4 cold start', `server RSS after the scan, ${int(S_MAIN)} / ${int(S_LARGE)} files (VmRSS)`, `${mb(m.rss)} / ${mb(l.rss)} (peak VmHWM ${mb(m.hwm)} / ${mb(l.hwm)})`, '<= 300 MB', Math.max(m.rss, l.rss) <= 300);
}

// --- 5. cross-file ------------------------------------------------------------------------------------------------------

function crossFile(ws, cli) {
  const sizes = [S_SMALL, S_MAIN, S_LARGE].filter((s) => cli[s]);
  results.s5 = sizes.map((s) => ({ size: s, ...cli[s].check, summary: ws[s].manifest.crossFileSummary }));
  const main = results.s5.find((r) => r.size === S_MAIN);
  if (main) {
    const cf = main.crossFile;
    row('5 cross-file', `cross-border-undeclared-data on the planted TS cases, ${int(S_MAIN)} files`, `${cf.tsFound} / ${cf.tsCases} found, ${cf.falsePositives} on ${cf.consistent} consistent`, 'all, no false positive', cf.tsFound === cf.tsCases && cf.falsePositives === 0);
    row('5 cross-file', 'same, parameters typed by JSDoc in JS', `${cf.jsFound} / ${cf.jsCases} found`, '(no target)', undefined);
  }
}

// --- 6. navigation -------------------------------------------------------------------------------------------------------

async function navigate(ws) {
  const runs = QUICK ? 5 : 10;
  log(`scenario 6: references and rename after the scan of ${S_MAIN} files (${runs} requests each)`);
  const r = (results.s6 = await navigation({ server: SERVER, dir: ws[S_MAIN].dir, runs }));
  const worst = Math.max(r.references.purpose.median, r.references.category.median, r.rename.median);
  row('6 navigation', `references / rename after the scan, ${int(S_MAIN)} files (median of ${runs})`, `purpose: ${time(r.references.purpose.median)} (${int(r.references.purpose.count)} places), category: ${time(r.references.category.median)} (${int(r.references.category.count)}), rename: ${time(r.rename.median)} (${int(r.rename.edits)} edits in ${int(r.rename.files)} files)`, '< 300 ms', worst < 300);
}

// --- profile ------------------------------------------------------------------------------------------------------------

function profileCli(dir) {
  log('profile: one CLI run with --cpu-prof');
  const profDir = path.join(BENCH_DIR, '.build', 'profiles');
  fs.rmSync(profDir, { recursive: true, force: true });
  fs.mkdirSync(profDir, { recursive: true });
  runNode(CLI, ['check', '.', '--format', 'json'], { cwd: dir, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`], keepStdout: false });
  const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return;
  results.profile = summarizeProfile(path.join(profDir, file), REPO, {
    top: 12,
    inclusive: ['runCheck', 'walk', 'readFileSync', 'analyzeText', 'parseSource', 'extractTags', 'reachingData', 'policyFileFor', 'toReportFindings', 'formatJson'],
  });
  results.profile.file = path.relative(REPO, path.join(profDir, file));
}

async function profileServer(dir) {
  log('profile: one server cold start and scan with --cpu-prof');
  const profDir = path.join(BENCH_DIR, '.build', 'profiles-server');
  fs.rmSync(profDir, { recursive: true, force: true });
  const client = LspClient.spawn(SERVER, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  await client.initialize(dir);
  await client.notification('privacyAnnotations/scanned', 600_000);
  await client.stop();
  const file = fs.existsSync(profDir) && fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return;
  results.serverProfile = summarizeProfile(path.join(profDir, file), REPO, {
    top: 12,
    inclusive: ['workspaceFiles', 'walk', 'checkClosed', 'readFileSync', 'statSync', 'LineIndex', 'analyzeSource', 'inventoryOf', 'analyzeText', 'parseSource', 'extractTags', 'reachingData', 'toDiagnostic', 'sendDiagnostics'],
  });
  results.serverProfile.file = path.relative(REPO, path.join(profDir, file));
}

// --- output -------------------------------------------------------------------------------------------------------------

function table() {
  const head = ['scenario', 'figure', 'measured', 'target', 'status'];
  const rows = results.rows.map((r) => [r.scenario, r.figure, r.value, r.target, status(r.ok).replace(/\*/g, '')]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function render() {
  const m = results.machine;
  const out = [];
  const p = (...l) => out.push(...l);
  p('# Benchmark results', '');
  p(`Written by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (bench/run.mjs); do not edit by hand. Re-run it to refresh.`, '');
  p('| machine | |', '|---|---|');
  p(`| date | ${m.date} |`, `| CPU | ${m.cpu} |`, `| cores | ${m.cores} |`, `| memory | ${m.memoryGB} GB |`, `| Node.js | ${m.node} |`, `| OS | ${m.os} |`);
  p(`| commit | ${m.commit} |`, `| TypeScript / ESLint / @typescript-eslint/parser / eslint-plugin-jsdoc | ${m.typescript} / ${m.eslint} / ${m.tsParser} / ${m.jsdocPlugin} |`);
  p(`| load average at start / end | ${m.loadavg} / ${m.loadavgEnd} |`, `| CPUs busy (all processes) just before / after measuring | ${(results.busyAtStart * 100).toFixed(0)}% / ${(results.busyAtEnd * 100).toFixed(0)}% |`, `| mode | ${QUICK ? 'quick' : 'full'}, seed ${SEED}, ${time(results.elapsed)} in all |`, '');
  p('## Summary', '');
  p('| scenario | figure | measured | target | status |', '|---|---|---|---|---|');
  for (const r of results.rows) p(`| ${r.scenario} | ${r.figure} | ${r.value} | ${r.target} | ${status(r.ok)} |`);
  p('');
  p('Every time is the median of several runs of a fresh process (n below), with a warm page cache; ratios compare runs');
  p('interleaved in this one invocation (A B A B ...). Times of a process run from spawn to exit, so they include starting');
  p('Node.js and loading the bundle.', '');
  for (const n of results.notes) p(`> ${n}`, '');

  p('## Workspaces', '');
  p('Generated by `bench/generate.mjs` (seeded, reused when seed and size match) under `bench/workspaces/`.', '');
  p('| files | lines | MB | .ts / .tsx / .js / .jsx / .mjs / .cjs | declarations | tags (@personalData + @crossBorder) | annotated | files with tags | planted problems | cross-file cases (consistent / under-declared) |');
  p('|---|---|---|---|---|---|---|---|---|---|');
  for (const w of results.workspaces) {
    const e = w.byExtension;
    p(
      `| ${int(w.files)} | ${int(w.lines)} | ${(w.bytes / 2 ** 20).toFixed(1)} | ${['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'].map((x) => e[x] ?? 0).join(' / ')} | ${int(w.declarations)} | ${int(w.tags.personalData)} + ${int(w.tags.crossBorder)} | ${(w.annotatedShare * 100).toFixed(1)}% | ${int(w.filesWithTags)} | ${int(w.planted.length)} | ${w.crossFileSummary.consistent} / ${w.crossFileSummary.inconsistent} |`,
    );
  }
  p('');

  if (results.s1) {
    const s = results.s1;
    p('## 1. CLI full check', '');
    p(`\`privacy-annotations check . --format json\` in the ${int(S_MAIN)}-file workspace, against the floor: the CLI's own file walk`);
    p('(`server/src/engine/workspace/walk.ts`, bundled alone) reading and decoding every file, in a fresh Node process, nothing else.', '');
    p('| | median wall (n) | CPU, all threads | main thread on a CPU | main thread waiting for a CPU | peak RSS |', '|---|---|---|---|---|---|');
    p(`| CLI | ${time(s.cli.wall)} (${s.cli.runs.length}) | ${time(s.cli.cpu)} | ${time(s.cli.main)} | ${time(s.cli.wait)} | ${mb(s.cli.rss)} |`);
    p(`| floor (${int(s.floor.files)} files) | ${time(s.floor.wall)} (${s.cli.runs.length}) | ${time(s.floor.cpu)} | ${time(s.floor.main)} | ${time(s.floor.wait)} | ${mb(s.floor.rss)} |`);
    p(`| CLI on a 1-file workspace (start-up) | ${time(results.startup.cli)} (${RUNS.startup}) | | | | |`);
    p(`| floor on a 1-file workspace (start-up) | ${time(results.startup.floor)} (${RUNS.startup}) | | | | |`, '');
    p('"Main thread" figures come from /proc/self/schedstat read at exit: time on a CPU is what the work costs; time waiting');
    p('for a CPU is what other processes on the machine added to the wall time.', '');
    p(`CLI / floor: ${ratio(s.ratio)} (median of the per-pair ratios: ${ratio(s.paired)}; in CPU time: ${ratio(s.cli.cpu / s.floor.cpu)}). Without start-up on either side: ${ratio((s.cli.wall - results.startup.cli) / (s.floor.wall - results.startup.floor))}.`, '');
    p(`The CLI checked ${int(s.cli.check.filesChecked)} files and reported ${int(s.cli.check.findings)} findings; ${s.cli.check.plantedFound} of the ${s.cli.check.planted} planted problems were found with exactly the expected rules.`, '');
  }
  if (results.s1egress) {
    const e = results.s1egress;
    p('### Egress discovery on and off', '');
    p(`The same check with egress discovery (outbound calls nobody tagged: HTTP clients, vendor SDKs, cloud clients) on, the default,`);
    p(`and off (\`--no-egress\`), ${RUNS.main} runs each, interleaved. The workspace holds ${int(e.outboundCalls)} outbound calls (Twilio, SendGrid, fetch to a`);
    p('partner abroad, to a host from the environment and to the app\'s own API, a domestic SMS; bench/generate.mjs `OUTBOUND`).', '');
    p('| egress discovery | median wall | main thread on a CPU | findings |', '|---|---|---|---|');
    p(`| on (the default) | ${time(e.on.wall)} | ${time(e.on.main)} | ${int(e.on.findings)} |`);
    p(`| off (\`--no-egress\`) | ${time(e.off.wall)} | ${time(e.off.main)} | ${int(e.off.findings)} |`, '');
    p(`On / off: ${ratio(e.ratio)} in wall time, ${ratio(e.mainRatio)} in main-thread CPU (target <= 1.25x).`, '');
    if (e.baseline) {
      p(`Before and after (\`--baseline\`): the CLI built at ${e.baseline.label}, which has no egress discovery, ran in the same rounds.`, '');
      p('| CLI | median wall | main thread on a CPU | findings |', '|---|---|---|---|');
      p(`| ${e.baseline.label} | ${time(e.baseline.wall)} | ${time(e.baseline.main)} | ${int(e.baseline.findings)} |`);
      p(`| this build, egress discovery off | ${time(e.off.wall)} | ${time(e.off.main)} | ${int(e.off.findings)} |`);
      p(`| this build, egress discovery on | ${time(e.on.wall)} | ${time(e.on.main)} | ${int(e.on.findings)} |`, '');
    }
  }
  if (results.s1peer) {
    const s = results.s1peer;
    p('### Peer: ESLint', '');
    p(`ESLint ${results.machine.eslint} with @typescript-eslint/parser and eslint-plugin-jsdoc \`check-tag-names\` (\`definedTags: [personalData, crossBorder]\`),`);
    p('flat config `bench/peer/eslint.config.mjs` passed with `--config`, run from devDependencies, single-threaded (its default).');
    p(`It was run on the first ${s.subset.dirs.length} packages of the ${int(S_MAIN)}-file workspace (${int(s.peer.files)} files), side by side with the CLI on the same packages,`);
    p(`and on one file for its start-up; the ${int(S_MAIN)}-file figure is ${s.measured ? 'measured once on all files' : 'scaled per file: start-up + (subset time - start-up) / files x ' + int(S_MAIN)}.`, '');
    p('| | median (n) | peak RSS |', '|---|---|---|');
    p(`| ESLint, ${int(s.peer.files)} files | ${time(s.peer.wall)} (${RUNS.peer}) | ${mb(s.peer.rss)} |`);
    p(`| ESLint, 1 file (start-up) | ${time(s.peer.startup)} (${RUNS.peer}) | |`);
    p(`| CLI, same ${int(s.peer.files)} files | ${time(s.cliSubset)} (${RUNS.peer}) | |`);
    p(`| ESLint, ${int(S_MAIN)} files, ${s.measured ? 'measured once' : 'scaled'} | ${time(s.measured ? s.measured.wall : s.peer.scaled)} | ${s.measured ? mb(s.measured.rss) : ''} |`, '');
    p(`ESLint / CLI on the same ${int(s.peer.files)} files: ${ratio(s.sameSubset, 1)}; at ${int(S_MAIN)} files: ${ratio(s.ratio, 1)}. ESLint spends ${(s.peer.perFile).toFixed(2)} ms per file after start-up.`, '');
  }
  if (results.s2) {
    const s = results.s2;
    p('## 2. Growth', '');
    p('| files | CLI median wall (n) | main-thread CPU (waiting) | per file | per file after start-up | peak RSS (max of runs) | findings | planted found |', '|---|---|---|---|---|---|---|---|');
    for (const [i, size] of s.sizes.entries()) {
      const c = results.cli[size];
      p(`| ${int(size)} | ${time(c.wall)} (${c.runs.length}) | ${time(c.main)} (${time(c.wait)}) | ${(s.perFile[i] * 1000).toFixed(0)} µs | ${(s.marginal[i] * 1000).toFixed(0)} µs | ${mb(c.rss)} | ${int(c.check.findings)} | ${c.check.plantedFound} / ${c.check.planted} |`);
    }
    p('');
    p(`Time per file, max / min: ${ratio(s.spread)} (after subtracting the ${time(results.startup.cli)} start-up of a 1-file workspace: ${ratio(s.marginalSpread)}).`);
    p(`Incremental time per file between consecutive sizes: ${s.sizes.slice(1).map((sz, i) => `${int(s.sizes[i])} to ${int(sz)}: ${(s.slopes[i] * 1000).toFixed(0)} µs`).join('; ')} (${ratio(s.slopeSpread)} apart).`);
    p('The 1-file start-up holds no tag, so it leaves out the fixed costs that come with the first tagged files (the TypeScript parser');
    p('running cold before the JIT has optimised it); that is why the small workspace costs more per file. Peak RSS is');
    p('`process.resourceUsage().maxRSS` written at exit by a `--require` hook in the CLI process.', '');
  }
  if (results.s3) {
    const s = results.s3;
    p('## 3. Edit latency over LSP', '');
    p(`\`node dist/server.js --stdio\`, a workspace holding only the policy and one ${int(s.lines)}-line TS file with ${s.tags} tags and ${s.outboundCalls} outbound calls`);
    p(`(Twilio, SendGrid, fetch to a partner abroad, to a host from the environment and to the app's own API, a domestic SMS; ${s.initialCount} diagnostics at open).`);
    p(`${int(s.edits)} single-character edits (insert or delete, seeded random places; ${RUNS.warmEdits} more before them as warm-up), each sent as an`);
    p('incremental didChange, waiting for publishDiagnostics with that version before the next. The server waits');
    p(`DEBOUNCE_MS = ${s.debounce} ms (server/src/lsp/checker.ts) after each change, so "processing" is end-to-end minus ${s.debounce} ms.`);
    p('The same texts were then parsed and analysed in-process for comparison.', '');
    p('| | p50 | p95 |', '|---|---|---|');
    p(`| end-to-end, didChange to its diagnostics (incl. debounce) | ${ms(s.e2e.p50, 1)} | ${ms(s.e2e.p95, 1)} |`);
    p(`| processing (end-to-end minus debounce) | ${ms(s.processing.p50, 1)} | ${ms(s.processing.p95, 1)} |`);
    p(`| server main thread on a CPU per edit (/proc/<pid>/schedstat) | ${ms(s.serverCpu.p50, 1)} | ${ms(s.serverCpu.p95, 1)} |`);
    p(`| server main thread waiting for a CPU per edit (other load) | ${ms(s.serverWait.p50, 1)} | ${ms(s.serverWait.p95, 1)} |`);
    p(`| in-process \`analyzeText\` (engine only), wall | ${ms(s.analyze.p50, 1)} | ${ms(s.analyze.p95, 1)} |`);
    p(`| in-process \`analyzeText\`, main-thread CPU | ${ms(s.analyzeCpu.p50, 1)} | ${ms(s.analyzeCpu.p95, 1)} |`);
    p(`| in-process bare \`ts.createSourceFile(name, text, Latest)\`, wall | ${ms(s.parse.p50, 1)} | ${ms(s.parse.p95, 1)} |`);
    p(`| in-process bare \`ts.createSourceFile\`, main-thread CPU | ${ms(s.parseCpu.p50, 1)} | ${ms(s.parseCpu.p95, 1)} |`);
    p(`| in-process \`ts.createSourceFile\` with setParentNodes (as the engine parses) | ${ms(s.parseWithParents.p50, 1)} | ${ms(s.parseWithParents.p95, 1)} |`, '');
    p(`Diagnostics per version: ${s.counts.min} to ${s.counts.max}. Server RSS after the edits: ${mb(s.mem.rssMB)}.`, '');
    if (s.egressOff) {
      p('The same edits, in a fresh server before this one, with egress discovery off (`privacyAnnotations.detectEgress: false`):', '');
      p('| egress discovery | processing p50 | processing p95 | server CPU per edit p50 | p95 | diagnostics per version |', '|---|---|---|---|---|---|');
      p(`| on (the default) | ${ms(s.processing.p50, 1)} | ${ms(s.processing.p95, 1)} | ${ms(s.serverCpu.p50, 1)} | ${ms(s.serverCpu.p95, 1)} | ${s.counts.min} to ${s.counts.max} |`);
      p(`| off | ${ms(s.egressOff.processing.p50, 1)} | ${ms(s.egressOff.processing.p95, 1)} | ${ms(s.egressOff.serverCpu.p50, 1)} | ${ms(s.egressOff.serverCpu.p95, 1)} | ${s.egressOff.counts.min} to ${s.egressOff.counts.max} |`, '');
    }
    if (s.baseline) {
      const b = s.baseline;
      p(`Before and after (\`--baseline\`): the server built at ${b.label} and this one typed the same edits in ${b.rounds} interleaved rounds`);
      p('(a fresh server each time); each figure is the median over the rounds. The older build has no egress discovery.', '');
      if (b.lessIn) {
        p(`This build with egress discovery off used less server CPU per edit than ${b.label} in ${b.lessIn.p50} of ${b.rounds} rounds at p50`);
        p(`and ${b.lessIn.p95} of ${b.rounds} at p95. Per round (p50 / p95, ${b.label} vs this build with egress off): ${b.perRound.map(([x, y]) => `${ms(x[0], 1)} / ${ms(x[1], 1)} vs ${ms(y[0], 1)} / ${ms(y[1], 1)}`).join('; ')}.`, '');
      }
      p('| server | processing p50 | processing p95 | server CPU per edit p50 | p95 |', '|---|---|---|---|---|');
      for (const [name, f] of [[b.label, b.baseline], ['this build, egress discovery off', b.off], ['this build, egress discovery on', b.on]]) {
        p(`| ${name} | ${ms(f.processing.p50, 1)} | ${ms(f.processing.p95, 1)} | ${ms(f.serverCpu.p50, 1)} | ${ms(f.serverCpu.p95, 1)} |`);
      }
      p('');
    }
  }
  if (results.s4) {
    p('## 4. Server cold start', '');
    p('Spawn `node dist/server.js --stdio`, `initialize` with the workspace folder at once, `initialized`, open one file with planted');
    p('problems right away; times are from spawn (initialize is written then). The scan is done at the `privacyAnnotations/scanned`');
    p('notification; memory is read from /proc/<pid>/status then, and again 1 s later.', '');
    p('| files | n | initialize answered | first diagnostics of the opened file (main thread CPU / waiting) | scan done (main thread CPU / waiting) | CLI (scenario 2) | scan / CLI | VmRSS at scan / 1 s later | VmHWM | files with problems published |');
    p('|---|---|---|---|---|---|---|---|---|---|');
    for (const [size, r] of Object.entries(results.s4)) {
      p(`| ${int(Number(size))} | ${r.runs} | ${time(r.initialize)} | ${time(r.firstDiagnostics)} (${time(r.cpuFirst)} / ${time(r.waitFirst)}) | ${time(r.scanned)} (${time(r.cpuScanned)} / ${time(r.waitScanned)}) | ${time(r.cli)} | ${ratio(r.vsCli)} | ${mb(r.rss)} / ${mb(r.rssSettled)} | ${mb(r.hwm)} | ${int(r.published)} (server says ${int(r.withProblems)} of ${int(r.scannedFiles)}) |`);
    }
    p('');
  }
  if (results.s5) {
    p('## 5. Cross-file @crossBorder check', '');
    p('The generator plants @crossBorder functions whose parameter type (an interface from another file, sometimes with nested');
    p('annotated types) carries @personalData categories; some declare all of them in `categories=`, some leave one out.');
    p('`cross-border-undeclared-data` should flag exactly the latter, on the parameter. Its cost is inside every CLI and server');
    p('figure above; the profile below shows its share (`reachingData`).', '');
    p('| files | cross-file cases | under-declared (TS) found | under-declared (JS, JSDoc @param types) found | false positives on consistent |', '|---|---|---|---|---|');
    for (const r of results.s5) p(`| ${int(r.size)} | ${r.summary.total} | ${r.crossFile.tsFound} / ${r.crossFile.tsCases} | ${r.crossFile.jsFound} / ${r.crossFile.jsCases} | ${r.crossFile.falsePositives} / ${r.crossFile.consistent} |`);
    p('');
  }
  if (results.s6) {
    const r = results.s6;
    p('## 6. Navigation', '');
    p(`The server on the ${int(S_MAIN)}-file workspace: after the \`privacyAnnotations/scanned\` notification, \`${r.opened}\` is opened and, once its`);
    p('diagnostics are in, `textDocument/references` (declaration included) on its `purpose=account` (the most used purpose) and on a');
    p('`contact.phone` tag (patterns such as `contact.*` in the policy count), then `textDocument/rename` of that purpose (the edit is');
    p(`computed, not applied). Each request is asked once unmeasured, then ${r.runs} times; times are from request to answer over stdio.`, '');
    p('| request | median | max | answer |', '|---|---|---|---|');
    p(`| first references after the scan (alone) | ${time(r.first)} | | |`);
    p(`| references, purpose | ${time(r.references.purpose.median)} | ${time(r.references.purpose.max)} | ${int(r.references.purpose.count)} places |`);
    p(`| references, category | ${time(r.references.category.median)} | ${time(r.references.category.max)} | ${int(r.references.category.count)} places |`);
    p(`| rename, purpose | ${time(r.rename.median)} | ${time(r.rename.max)} | ${int(r.rename.edits)} edits in ${int(r.rename.files)} files |`, '');
  }
  load.sections(results, p);
  if (results.profile) {
    const pr = results.profile;
    p('## Where the CLI spends its time', '');
    p(`One extra run of the CLI on ${int(S_MAIN)} files with \`node --cpu-prof\` (${time(pr.totalMs)} sampled; profiling slows it a little), mapped to the sources`);
    p(`through dist/cli.js.map. Profile: \`${pr.file}\` (git-ignored).`, '');
    p('| inclusive | ms | share |', '|---|---|---|');
    for (const t of pr.inclusive) p(`| \`${t.fn}\` | ${t.ms.toFixed(0)} | ${(t.share * 100).toFixed(1)}% |`);
    p('');
    p('| self time by area | ms | share |', '|---|---|---|');
    for (const a of pr.areas.slice(0, 10)) p(`| ${a.area} | ${a.ms.toFixed(0)} | ${(a.share * 100).toFixed(1)}% |`);
    p('');
    p('| self time by function | ms | share |', '|---|---|---|');
    for (const t of pr.top) p(`| \`${t.fn.replace(/\|/g, '\\|')}\` | ${t.ms.toFixed(0)} | ${(t.share * 100).toFixed(1)}% |`);
    p('');
  }
  if (results.serverProfile) {
    const pr = results.serverProfile;
    p('## Where the server spends its cold start and scan', '');
    p(`One extra server cold start on ${int(S_MAIN)} files with \`node --cpu-prof\` (${time(pr.totalMs)} sampled, to the end of the scan and shutdown). Profile: \`${pr.file}\`.`, '');
    p('| inclusive | ms | share |', '|---|---|---|');
    for (const t of pr.inclusive) p(`| \`${t.fn}\` | ${t.ms.toFixed(0)} | ${(t.share * 100).toFixed(1)}% |`);
    p('');
    p('| self time by area | ms | share |', '|---|---|---|');
    for (const a of pr.areas.slice(0, 8)) p(`| ${a.area} | ${a.ms.toFixed(0)} | ${(a.share * 100).toFixed(1)}% |`);
    p('');
  }
  if (fs.existsSync(path.join(BENCH_DIR, 'ANALYSIS.md'))) p('See [ANALYSIS.md](ANALYSIS.md) for what the misses come from and what would fix them.', '');
  return out.join('\n');
}

main().catch((e) => {
  log(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
