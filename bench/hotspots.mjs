#!/usr/bin/env node
/**
 * Probes behind ANALYSIS.md: in-process measurements of the costs that decide the missed targets, on the
 * generated workspaces (run `npm run bench` first so they exist). Uses product internals, bundled from server/src
 * by esbuild; a probe whose module has moved is skipped, not fatal. Not part of `npm run bench`.
 *
 *   node bench/hotspots.mjs [--seed 1]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { BENCH_DIR, editWorkspaceDir, workspaceDir } from './generate.mjs';
import { median } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const REPO = path.resolve(BENCH_DIR, '..');
const argv = process.argv.slice(2);
const SEED = Number(argv[argv.indexOf('--seed') + 1] || 1);
const OUT = path.join(BENCH_DIR, '.build', 'probes.cjs');

/** Bundles whichever of these internals exist. */
function buildProbes() {
  const wanted = [
    ['server/src/engine/index.ts', "export * from '../server/src/engine/index';"],
    ['server/src/engine/xref/reaching.ts', "export { Project } from '../server/src/engine/xref/reaching';"],
    ['server/src/runtime/nodeHost.ts', "export { nodeHost } from '../server/src/runtime/nodeHost';"],
    ['server/src/engine/inventory/inventory.ts', "export { inventoryOf } from '../server/src/engine/inventory/inventory';"],
  ];
  const contents = wanted.filter(([f]) => fs.existsSync(path.join(REPO, f))).map(([, line]) => line).join('\n');
  require('esbuild').buildSync({
    stdin: { contents, resolveDir: BENCH_DIR, loader: 'ts', sourcefile: 'bench-probes.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: OUT,
    logLevel: 'warning',
  });
  return require(OUT);
}

/**
 * Milliseconds the main thread spent on a CPU (/proc/thread-self/schedstat on Linux): unlike wall time, not inflated
 * when other processes compete for the CPUs. Falls back to wall time elsewhere.
 */
const clock = (() => {
  try {
    fs.readFileSync('/proc/thread-self/schedstat', 'utf8');
    return () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return () => performance.now();
  }
})();

/** Median ms (main-thread CPU) of fn over distinct inputs after `warm` warm-up calls. */
function timeIt(fn, inputs, warm = 10) {
  for (let i = 0; i < warm; i++) fn(inputs[i % inputs.length]);
  return median(inputs.map((x) => {
    const t0 = clock();
    fn(x);
    return clock() - t0;
  }));
}

const say = (label, value) => console.log(`${label.padEnd(68)} ${value}`);

function perKeystroke(e, ts) {
  const dir = editWorkspaceDir(SEED);
  const file = path.join(dir, 'src', 'customerRecords.ts');
  if (!fs.existsSync(file)) return console.log('(no edit workspace: run npm run bench first)');
  const text = fs.readFileSync(file, 'utf8');
  const policy = e.loadPolicy(fs.readFileSync(path.join(dir, 'privacy-policy.yaml'), 'utf8'), path.join(dir, 'privacy-policy.yaml')).policy;
  // Distinct texts, as after each keystroke (the same text would hit caches).
  const texts = Array.from({ length: 40 }, (_, i) => `${text}\n// ${i}`);
  const today = new Date().toISOString().slice(0, 10);
  console.log(`\nPer keystroke, in-process, on the ${text.split('\n').length - 1}-line file of scenario 3 (median of ${texts.length}):`);
  say('ts.createSourceFile, bare', `${timeIt((t) => ts.createSourceFile(file, t, ts.ScriptTarget.Latest), texts).toFixed(1)} ms`);
  say('ts.createSourceFile, setParentNodes = true (what parseSource does)', `${timeIt((t) => ts.createSourceFile(file, t, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), texts).toFixed(1)} ms`);
  say('extractTags(text) (parses itself)', `${timeIt((t) => e.extractTags(t, file), texts).toFixed(1)} ms`);
  if (e.Project) {
    const project = new e.Project(e.nodeHost);
    say('analyzeText with a shared Project (the engine\'s whole check)', `${timeIt((t) => e.analyzeText(t, file, policy, { today, project }), texts).toFixed(1)} ms`);
    if (e.inventoryOf) {
      say('inventoryOf (the server runs it too, before analyzeText)', `${timeIt((t) => e.inventoryOf(t, file, file, policy), texts).toFixed(1)} ms`);
      say('inventoryOf + analyzeText (Checker.analyzeSource today)', `${timeIt((t) => (e.inventoryOf(t, file, file, policy), e.analyzeText(t, file, policy, { today, project })), texts).toFixed(1)} ms`);
    }
  }
}

function cliLoop(e, size) {
  const dir = workspaceDir(size, SEED);
  if (!fs.existsSync(dir)) return console.log(`(no ${size}-file workspace)`);
  const walked = e.walk(e.nodeHost, [dir]);
  const policies = new e.PolicyCache(e.nodeHost);
  const project = e.Project ? new e.Project(e.nodeHost) : undefined;
  const today = new Date().toISOString().slice(0, 10);
  let tagged = 0;
  let withCrossBorder = 0;
  let prefilterOnly = 0;
  const taggedFiles = new Set();
  const t0 = clock();
  for (const file of walked.files) {
    const pf = policies.policyFileFor(file);
    const loaded = pf ? policies.load(pf) : undefined;
    const text = fs.readFileSync(file, 'utf8');
    if (e.mightContainTags(text)) {
      tagged++;
      taggedFiles.add(file);
      if (text.includes('@crossBorder')) withCrossBorder++;
      if (!/@(personalData|crossBorder)\b/.test(text)) prefilterOnly++;
    }
    e.analyzeText(text, file, loaded?.policy, { today, project });
  }
  const loopMs = clock() - t0;
  console.log(`\nThe CLI's loop in-process on ${size.toLocaleString('en-US')} files (${loopMs.toFixed(0)} ms):`);
  say('files passing the prefilter (parsed by analyzeText)', `${tagged} (${((tagged / walked.files.length) * 100).toFixed(1)}%), of which ${prefilterOnly} without a real tag`);
  say('files with @crossBorder', withCrossBorder);
  if (project) {
    const cache = project.cache;
    const reached = [...cache.keys()].filter((f) => !fs.readFileSync(f, 'utf8').includes('@crossBorder'));
    const twice = reached.filter((f) => taggedFiles.has(f)).length;
    say('Project cache entries kept to the end of the run (text + AST each)', `${cache.size} (${reached.length} reached through types, ${twice} of them also parsed by analyzeText: parsed twice)`);
    globalThis.gc?.();
    const withProject = process.memoryUsage().heapUsed;
    cache.clear();
    globalThis.gc?.();
    const without = process.memoryUsage().heapUsed;
    if (globalThis.gc) say('heap held by the Project cache at the end', `${((withProject - without) / 2 ** 20).toFixed(0)} MB`);
  }
  // The parse alone, as the engine does it and without parent pointers.
  const ts = require(require.resolve('typescript', { paths: [REPO] }));
  const texts = [...taggedFiles].map((f) => [f, fs.readFileSync(f, 'utf8')]);
  const kind = (f) => (f.endsWith('.tsx') ? ts.ScriptKind.TSX : f.endsWith('.jsx') ? ts.ScriptKind.JSX : /\.[cm]?js$/.test(f) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const parseAll = (parents) => {
    const t = clock();
    for (const [f, text] of texts) ts.createSourceFile(f, text, ts.ScriptTarget.Latest, parents, kind(f));
    return clock() - t;
  };
  parseAll(true);
  const withParents = median([parseAll(true), parseAll(true), parseAll(true)]);
  const withoutParents = median([parseAll(false), parseAll(false), parseAll(false)]);
  say(`parsing the ${texts.length} tagged files once: setParentNodes true / false`, `${withParents.toFixed(0)} ms / ${withoutParents.toFixed(0)} ms`);
  const t1 = clock();
  e.walk(e.nodeHost, [dir]);
  say('the walk alone (synchronous; the server runs it before its first yield)', `${(clock() - t1).toFixed(0)} ms`);
}

function startup() {
  const run = (args) => {
    const t = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, args, { cwd: REPO });
      t.push(performance.now() - t0);
    }
    return median(t);
  };
  const bare = run(['-e', '0']);
  const cli = run(['-e', "require('./dist/cli.js')"]);
  const server = run(['-e', "require('./dist/cli.js'); require('typescript')"]);
  void server;
  console.log('\nStart-up (median of 5 processes):');
  say('node -e 0', `${bare.toFixed(0)} ms`);
  say(`node -e "require('./dist/cli.js')" (${(fs.statSync(path.join(REPO, 'dist', 'cli.js')).size / 2 ** 20).toFixed(1)} MB bundle, TypeScript inside)`, `${cli.toFixed(0)} ms`);
}

const e = buildProbes();
const ts = require(require.resolve('typescript', { paths: [REPO] }));
console.log(`hotspots: Node ${process.version}, TypeScript ${ts.version}; in-process times are main-thread CPU time`);
startup();
perKeystroke(e, ts);
for (const size of [10000, 50000]) cliLoop(e, size);
