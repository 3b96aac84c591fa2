/**
 * Precision and recall of `unannotated-personal-data` on real code: runs the CLI (dist/cli.js, `npm run build`
 * first) with --hints on the labelled files of a checkout and compares its hints with the hand labels in
 * test/fixtures/detection/real-code/<name>.json. The checkouts stay outside this repository:
 *
 *   git clone https://github.com/outline/outline /tmp/outline && git -C /tmp/outline checkout <commit of outline.json>
 *   node bench/detector-real-code.mjs outline=/tmp/outline [medusa=/tmp/medusa ...] [--show] [--json] [--fixtures DIR]
 *
 * A hint matches a label at the same file, line and column; it is right when its category is the label.
 * Figures are given per split (tune, holdout) and per sample: `hint` labels were drawn from the detector's
 * hints (precision), `file` labels are every declaration of whole files drawn at random (recall).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const RULE = 'unannotated-personal-data';

const args = process.argv.slice(2);
const show = args.includes('--show');
const asJson = args.includes('--json');
// --fixtures DIR reads the labels from elsewhere (the harness's own test gives a made-up repository).
const fixturesAt = args.indexOf('--fixtures');
const FIXTURES = fixturesAt >= 0 ? path.resolve(args[fixturesAt + 1]) : path.join(ROOT, 'test/fixtures/detection/real-code');
if (fixturesAt >= 0) args.splice(fixturesAt, 2);
const checkouts = args.filter((a) => !a.startsWith('--')).map((a) => {
  const [name, dir] = a.split('=');
  if (!dir) throw new Error(`expected <fixture>=<checkout dir>, got ${a}`);
  return { name, dir: path.resolve(dir) };
});
if (checkouts.length === 0) {
  const names = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  console.error(`usage: node bench/detector-real-code.mjs <fixture>=<checkout dir> ... [--show] [--json]\nfixtures: ${names.join(', ')}`);
  process.exit(2);
}
if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build');

/** The commit a git checkout is at; undefined for an exported tree. */
function headOf(dir) {
  if (!fs.existsSync(path.join(dir, '.git'))) return undefined;
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--verify', '-q', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The hints of the CLI on these files of a checkout, by "file:line:column". */
function hintsOf(dir, files) {
  const out = execFileSync(process.execPath, [CLI, 'check', ...files, '--hints', '--format', 'json', '--fail-on', 'never', '--lang', 'en', '--no-color'],
    { cwd: dir, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const hints = new Map();
  for (const f of JSON.parse(out.toString()).findings) {
    if (f.rule !== RULE) continue;
    const category = /\(([a-z]+\.[a-z_.]+), /.exec(f.message)?.[1];
    hints.set(`${f.file}:${f.line}:${f.column}`, { category, message: f.message });
  }
  return hints;
}

const rows = [];
const unlabelled = [];
for (const { name, dir } of checkouts) {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
  const files = [...new Set(fixture.labels.map((l) => l.path))];
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) throw new Error(`${dir} is not a checkout of ${fixture.repo} at ${fixture.commit}: ${missing.length} labelled files missing (${missing[0]})`);
  // A git checkout must be at the labelled commit: lines move between commits.
  const head = headOf(dir);
  if (head && head !== fixture.commit) throw new Error(`${dir} is at ${head}, the labels are for ${fixture.commit}`);
  const hints = hintsOf(dir, files);
  const labelled = new Set();
  for (const l of fixture.labels) {
    const key = `${l.path}:${l.line}:${l.column}`;
    labelled.add(key);
    rows.push({ repo: fixture.repo, ...l, got: hints.get(key)?.category, message: hints.get(key)?.message });
  }
  // In files labelled whole, a hint on a declaration nobody labelled is a gap in the labels: show it.
  const whole = new Set(fixture.labels.filter((l) => l.sample.includes('file')).map((l) => l.path));
  for (const [key, h] of hints) if (!labelled.has(key) && whole.has(key.split(':')[0])) unlabelled.push({ repo: fixture.repo, key, ...h });
}

function score(list) {
  let tp = 0, fp = 0, fn = 0;
  for (const r of list) {
    if (r.got && r.got === r.label) tp++;
    else {
      if (r.got) fp++;
      if (r.label) fn++;
    }
  }
  return { labels: list.length, hints: list.filter((r) => r.got).length, positives: list.filter((r) => r.label).length, tp, fp, fn,
    // null where nothing was flagged or nothing is positive.
    precision: tp + fp ? +(tp / (tp + fp)).toFixed(3) : null, recall: tp + fn ? +(tp / (tp + fn)).toFixed(3) : null };
}

const figures = {};
for (const split of ['tune', 'holdout', 'all']) {
  const inSplit = rows.filter((r) => split === 'all' || r.split === split);
  figures[split] = { all: score(inSplit), hint: score(inSplit.filter((r) => r.sample.includes('hint'))), file: score(inSplit.filter((r) => r.sample.includes('file'))) };
}
figures.repos = Object.fromEntries([...new Set(rows.map((r) => r.repo))].map((repo) => [repo, score(rows.filter((r) => r.repo === repo))]));
figures.unlabelledHints = unlabelled.length;

if (asJson) console.log(JSON.stringify(figures, null, 2));
else {
  const fixed = (x) => (x === null ? '    -' : x.toFixed(3));
  const line = (label, s) => `${label.padEnd(18)} labels ${String(s.labels).padStart(4)}  hints ${String(s.hints).padStart(4)}  positives ${String(s.positives).padStart(4)}  ` +
    `tp ${String(s.tp).padStart(4)} fp ${String(s.fp).padStart(3)} fn ${String(s.fn).padStart(3)}  precision ${fixed(s.precision)}  recall ${fixed(s.recall)}`;
  for (const split of ['tune', 'holdout', 'all']) {
    console.log(line(split, figures[split].all));
    console.log(line('  hint sample', figures[split].hint));
    console.log(line('  file sample', figures[split].file));
  }
  for (const [repo, s] of Object.entries(figures.repos)) console.log(line(repo, s));
  console.log(`hints on unlabelled declarations of whole-file samples: ${unlabelled.length}`);
}
if (show) {
  for (const r of rows) {
    if (r.got === (r.label ?? undefined)) continue;
    const what = !r.got ? 'FN' : r.label ? 'WRONG' : 'FP';
    console.log(`${what.padEnd(5)} ${r.split.padEnd(7)} ${r.repo} ${r.path}:${r.line} ${r.owner ?? ''} ${r.name} got=${r.got ?? '-'} want=${r.label ?? '-'} | ${r.reason}`);
  }
  for (const u of unlabelled) console.log(`UNLABELLED ${u.repo} ${u.key} ${u.category} | ${u.message}`);
}
