/**
 * --concurrency: a check shared among worker threads reports exactly what a single thread reports (findings and
 * their order, cross-file findings, skipped files, files without a policy, broken policies, --changed-since, every
 * output format, exit codes), through the real bundle and through main() in-process; a worker that fails stops the
 * run with exit code 2 and a message, without hanging; and the progress line never reaches a pipe.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { parseArgs } from '../../server/src/cli/args';
import { MAX_AUTO_THREADS, MIN_FILES_PER_THREAD, threadCount } from '../../server/src/cli/parallel';
import { DELAY_MS, INTERVAL_MS, Progress } from '../../server/src/cli/progress';
import { ACCOUNT_POLICY } from './policies';
import { git } from './gitEnv';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
/** The compiled module workers run when main() is called in-process (the bundle runs itself). */
const PARALLEL_JS = path.join(REPO, 'out', 'server', 'src', 'cli', 'parallel.js');
const TODAY = ['--today', '2026-11-28'];
/** Generous: a hang fails the test instead of the whole suite. */
const TIMEOUT = { timeout: 120_000 };

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

const POLICY = ACCOUNT_POLICY;

/** Order carries identity.name and contact.phone; the @crossBorder functions below declare only the name. */
const TYPES = `export interface Order {
  /** @personalData identity.name purpose=account */
  name: string;
  /** @personalData contact.phone purpose=account */
  phone: string;
}
`;
const ship = (n: number) => `import type { Order } from './types';

/**
 * Ships order ${n} from the Singapore warehouse.
 * @crossBorder SG recipient=merlion purpose=account categories=identity.name
 */
export function ship${n}(order: Order): Order {
  return order;
}
`;
/** A mix per module: an unknown category, a missing purpose, a suppressed finding, untagged code, a BOM, a retention too long. */
const mod = (n: number) => {
  switch (n % 5) {
    case 0: return `/** @personalData contact.email purpose=account retention=2y */\nexport const email${n} = '';\n/** @personalData contact.phon purpose=account retention=1y */\nexport const phone${n} = '';\n`;
    case 1: return `/** @personalData identity.name retention=1y */\nexport const name${n} = '';\n`;
    case 2: return `export function add${n}(a: number, b: number): number {\n  return a + b;\n}\n`;
    case 3: return `// privacy-annotations-disable-next-line unknown-category -- vendor field, mapped next sprint\n/** @personalData contact.emial purpose=account */\nexport const mail${n} = '';\n/** @personalData identity.name purpose=account */\nexport const who${n} = '';\n`;
    default: return `\uFEFF/** @personalData contact.address purpose=account retention=9y */\nexport const address${n} = '';\n`;
  }
};

/**
 * A workspace with ~50 files in walk order: first a file nested too deeply to be parsed (skipped, with a note), the
 * cross-file pair, then many modules; a folder with no policy above it; a folder whose policy is broken; a file over
 * 2 MB. With two threads the first chunks go to the worker, so the deep file and the cross-file finding are its.
 */
function project(): string {
  const dir = tempDir('pa-concurrency-');
  fs.mkdirSync(path.join(dir, '.git')); // stop the policy search here (not a real repository)
  const files: Record<string, string> = {
    'app/privacy-policy.yaml': POLICY,
    'app/a/deep.ts': `/** @personalData identity.name purpose=account retention=1y */\nexport const deep = ${'('.repeat(1500)}1${')'.repeat(1500)};\n`,
    'app/a/types.ts': TYPES,
    'app/a/ship0.ts': ship(0),
    'app/z/types.ts': TYPES,
    'app/z/ship1.ts': ship(1),
    'scripts/seed.ts': '/** @personalData contact.phone */\nexport const seedPhone = "";\n',
    'broken/privacy-policy.yaml': 'version: 1\npurposes:\n  account:\n    retain: 3y\n',
    'broken/x.ts': '/** @personalData contact.phone purpose=account */\nexport const x = "";\n',
    'app/huge.ts': '// big\n' + 'x'.repeat(2.1 * 1024 * 1024),
  };
  for (let i = 0; i < 45; i++) files[`app/m/mod${String(i).padStart(2, '0')}.ts`] = mod(i);
  write(dir, files);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real bundle; stdout and stderr are pipes. */
function cli(args: string[], cwd: string): Run {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" (npm test does it) before these tests`);
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'PRIVACY_ANNOTATIONS_LANG', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** main() in-process; its workers run the compiled module (or `workerScript`). */
async function run(args: string[], cwd: string, io: { workerScript?: string; stderrIsTTY?: boolean; lang?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { LANG: io.lang ?? 'C.UTF-8' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    stderrIsTTY: io.stderrIsTTY,
    workerScript: io.workerScript,
  });
  return { code, stdout, stderr };
}

/** A worker script that logs the files it is given, then serves as the real one does. */
function loggingWorker(): { script: string; files: () => string[] } {
  const dir = tempDir('pa-worker-');
  const log = path.join(dir, 'files.log');
  const script = path.join(dir, 'worker.js');
  fs.writeFileSync(
    script,
    `const fs = require('node:fs');
require('node:worker_threads').parentPort.on('message', (m) => fs.appendFileSync(${JSON.stringify(log)}, m.tasks.map((t) => t.file + '\\n').join('')));
require(${JSON.stringify(PARALLEL_JS)});
`,
  );
  return { script, files: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []) };
}

const FORMATS = ['json', 'text', 'sarif', 'github', 'gitlab'];

describe('--concurrency: the same report from any number of threads', () => {
  const dir = project();

  test('the fixture holds what the comparisons rely on', TIMEOUT, async () => {
    const r = await run(['check', '.', '--format', 'json', '--concurrency', 'off', ...TODAY], dir);
    assert.equal(r.code, 2, 'the broken policy makes the run end with 2');
    const report = JSON.parse(r.stdout) as { findings: { file: string; line: number; rule: string; suppressed?: unknown }[]; filesChecked: number };
    const rules = new Set(report.findings.map((f) => f.rule));
    assert.ok(report.findings.some((f) => f.suppressed), 'a suppressed finding');
    for (const rule of ['cross-border-undeclared-data', 'unknown-category', 'missing-purpose', 'retention-exceeds-purpose']) assert.ok(rules.has(rule), `${rule} in ${[...rules].join(' ')}`);
    assert.deepEqual(
      report.findings.filter((f) => f.rule === 'cross-border-undeclared-data').map((f) => f.file),
      ['app/a/ship0.ts', 'app/z/ship1.ts'],
    );
    assert.ok(report.filesChecked >= 45, String(report.filesChecked));
    assert.match(r.stderr, /not checked app\/a\/deep\.ts: .*nests too deeply/);
    assert.match(r.stderr, /not checked app\/huge\.ts: /);
    assert.match(r.stderr, /no privacy-policy\.yaml found for 1 file;/);
    assert.match(r.stderr, /broken\/privacy-policy\.yaml:4:5: .*\(1 file it governs not checked\)/);
  });

  test('in-process: off, 2 and 3 threads give the same stdout, stderr and exit code in every format; workers did check files', TIMEOUT, async () => {
    for (const format of FORMATS) {
      const off = await run(['check', '.', '--format', format, '--concurrency', 'off', ...TODAY], dir);
      for (const n of ['2', '3']) {
        const worker = loggingWorker();
        const par = await run(['check', '.', '--format', format, '--concurrency', n, ...TODAY], dir, { workerScript: worker.script });
        assert.deepEqual(par, off, `--format ${format} --concurrency ${n}`);
        const given = worker.files();
        assert.ok(given.length > 0, `--concurrency ${n}: the workers were given files`);
        assert.ok(given.includes(path.join(dir, 'app', 'a', 'ship0.ts')), 'the first chunks, with a cross-file finding, went to a worker');
        assert.ok(given.includes(path.join(dir, 'app', 'a', 'deep.ts')), 'the file too deep to parse went to a worker');
      }
    }
  });

  test('the real bundle: --concurrency off, 2, 4 and auto print the same', TIMEOUT, () => {
    for (const format of ['json', 'text', 'sarif']) {
      const off = cli(['check', '.', '--format', format, '--concurrency', 'off', ...TODAY], dir);
      assert.equal(off.code, 2, off.stderr);
      for (const n of ['2', '4', 'auto']) assert.deepEqual(cli(['check', '.', '--format', format, '--concurrency', n, ...TODAY], dir), off, `--format ${format} --concurrency ${n}`);
    }
  });

  test('--fail-on and Chinese messages: the same exit codes and text', TIMEOUT, async () => {
    const app = path.join(dir, 'app');
    for (const extra of [['--fail-on', 'never'], ['--fail-on', 'error'], ['--lang', 'zh']]) {
      const off = await run(['check', '.', ...extra, '--concurrency', 'off', ...TODAY], app);
      assert.deepEqual(await run(['check', '.', ...extra, '--concurrency', '2', ...TODAY], app), off, extra.join(' '));
    }
    assert.equal((await run(['check', '.', '--fail-on', 'never', '--concurrency', '2', ...TODAY], app)).code, 0);
    assert.equal((await run(['check', '.', '--concurrency', '2', ...TODAY], app)).code, 1);
  });
});

describe('--concurrency with --changed-since', () => {

  test('changed lines, a policy change and a change reaching a @crossBorder function: the same with workers', TIMEOUT, async () => {
    const dir = tempDir('pa-concurrency-git-');
    const files: Record<string, string> = { 'privacy-policy.yaml': POLICY, 'src/types.ts': TYPES.replace(/ {2}\/\*\* @personalData contact\.phone[^\n]*\n {2}phone: string;\n/, ''), 'src/ship.ts': ship(0) };
    for (let i = 0; i < 30; i++) files[`src/mod${String(i).padStart(2, '0')}.ts`] = mod(i);
    write(dir, files);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    // The pull request: a field reaching ship(), an edited module, a new file, and a narrower policy.
    write(dir, {
      'src/types.ts': TYPES,
      'src/mod07.ts': mod(7).replace('contact.email', 'contact.emial'),
      'src/new.ts': '/** @personalData identity.name */\nexport const fresh = "";\n',
      'privacy-policy.yaml': POLICY.replace('retention: 3y', 'retention: 1y'),
    });
    for (const format of ['json', 'text']) {
      const args = ['check', '--changed-since', 'main', '--format', format, ...TODAY];
      const off = await run([...args, '--concurrency', 'off'], dir);
      assert.equal(off.code, 1, off.stderr);
      if (format === 'json') {
        const rules = (JSON.parse(off.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
        assert.ok(rules.includes('cross-border-undeclared-data'), rules.join(' '));
        assert.ok(rules.includes('retention-exceeds-purpose'), 'the narrower policy makes unchanged lines fail');
      } else {
        assert.match(off.stdout, /problems elsewhere not shown/);
      }
      assert.deepEqual(await run([...args, '--concurrency', '2'], dir), off, `in-process, --format ${format}`);
      assert.deepEqual(cli([...args, '--concurrency', '3'], dir), off, `the bundle, --format ${format}`);
    }
  });
});

describe('a worker that fails', () => {
  const dir = project();
  const app = path.join(dir, 'app');
  const script = (body: string) => {
    const file = path.join(tempDir('pa-bad-worker-'), 'worker.js');
    fs.writeFileSync(file, body);
    return file;
  };
  const cases: [string, string, RegExp][] = [
    ['throws while loading', "throw new Error('cannot load the engine');\n", /cannot load the engine/],
    ['throws on its first chunk', "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom in a worker'); });\n", /boom in a worker/],
    ['exits in the middle', "require('node:worker_threads').parentPort.on('message', () => process.exit(7));\n", /exited unexpectedly \(exit code 7\)/],
    ['reports an internal error', "require('node:worker_threads').parentPort.on('message', function () { this.postMessage({ error: 'Error: analysis blew up\\n    at check' }); });\n", /analysis blew up/],
  ];
  for (const [what, body, detail] of cases) {
    test(`${what}: exit code 2, one message on stderr, no report`, TIMEOUT, async () => {
      const r = await run(['check', '.', '--concurrency', '2', ...TODAY], app, { workerScript: script(body) });
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^privacy-annotations: a worker thread failed: /);
      assert.match(r.stderr, detail);
      assert.match(r.stderr, /--concurrency off/);
    });
  }

  test('in Chinese too', TIMEOUT, async () => {
    const r = await run(['check', '.', '--concurrency', '2', ...TODAY], app, { workerScript: script("throw new Error('x');\n"), lang: 'zh_CN.UTF-8' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^privacy-annotations: 工作线程失败：/);
  });

  test('a single-threaded run does not start a worker at all', TIMEOUT, async () => {
    const r = await run(['check', '.', '--concurrency', 'off', ...TODAY], app, { workerScript: script("throw new Error('started');\n") });
    assert.equal(r.code, 1, r.stderr);
  });
});

describe('--concurrency: parsing and how many threads', () => {
  test('auto by default; off, a number, 1 meaning off; anything else is a usage error', () => {
    assert.equal(parseArgs(['check']).concurrency, 'auto');
    assert.equal(parseArgs(['check', '--concurrency', 'off']).concurrency, 'off');
    assert.equal(parseArgs(['check', '--concurrency=3']).concurrency, 3);
    assert.equal(parseArgs(['check', '--concurrency', '1']).concurrency, 'off');
    for (const bad of ['0', '-2', 'two', '1.5', 'all']) assert.throws(() => parseArgs(['check', '--concurrency', bad]), /--concurrency takes auto, off or a number/, bad);
    assert.throws(() => parseArgs(['inventory', '--concurrency', '2']), /--concurrency applies to check/);
  });

  test('a usage error exits 2 with one line', async () => {
    const r = await run(['check', '.', '--concurrency', 'many'], REPO);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'privacy-annotations: --concurrency takes auto, off or a number of threads (1 or more); got "many".\n');
  });

  test('auto: half the CPUs up to the cap, only with enough files per thread; numbers as given, but not more than files', () => {
    assert.equal(threadCount('auto', 1_000_000, 1), 1, 'one CPU');
    assert.equal(threadCount('auto', 1_000_000, 2), 1, 'two CPUs: the second is busy with V8 compiling for the first');
    assert.equal(threadCount('auto', MIN_FILES_PER_THREAD * 2 - 1, 8), 1, 'too few files for two threads');
    assert.equal(threadCount('auto', MIN_FILES_PER_THREAD * 2, 8), 2);
    assert.equal(threadCount('auto', MIN_FILES_PER_THREAD * 100, 4), 2, 'half the CPUs');
    assert.equal(threadCount('auto', MIN_FILES_PER_THREAD * 100, 5), 2);
    assert.equal(threadCount('auto', MIN_FILES_PER_THREAD * 100, 64), MAX_AUTO_THREADS);
    assert.equal(threadCount('off', 1_000_000, 8), 1);
    assert.equal(threadCount(3, 10, 1), 3, 'a number is taken as asked');
    assert.equal(threadCount(8, 3, 8), 3, 'but never more threads than files');
    assert.equal(threadCount(4, 0, 8), 1);
  });

  test('--help mentions it in both languages', async () => {
    assert.match((await run(['--help'], REPO)).stdout, /--concurrency auto\|N\|off/);
    assert.match((await run(['--help'], REPO, { lang: 'zh_CN.UTF-8' })).stdout, /--concurrency auto\|N\|off\s+检查文件的线程数/);
  });
});

describe('the progress line', () => {
  test('not on a pipe: the bundle prints nothing on stderr for a clean run, whatever the threads', TIMEOUT, () => {
    const dir = tempDir('pa-progress-');
    const files: Record<string, string> = { 'privacy-policy.yaml': POLICY };
    for (let i = 0; i < 60; i++) files[`src/f${i}.ts`] = `/** @personalData identity.name purpose=account retention=1y */\nexport const n${i} = '';\n`;
    write(dir, files);
    for (const n of ['off', '2']) {
      const r = cli(['check', '.', '--concurrency', n, ...TODAY], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stderr, '', `--concurrency ${n}`);
    }
  });

  test('not when main() is told stderr is not a terminal', TIMEOUT, async () => {
    const r = await run(['check', 'examples/demo', '--format', 'json', ...TODAY], REPO, { stderrIsTTY: false });
    assert.doesNotMatch(r.stderr, /\r|\x1b/);
  });

  test('drawn after a delay, at most every interval, with done/total; erased at the end', () => {
    let t = 0;
    const sink = { text: '' };
    const p = new Progress((s) => (sink.text += s), 'en', () => t);
    const out = () => sink.text;
    p.update(10, 1000);
    t = DELAY_MS - 1;
    p.update(20, 1000);
    assert.equal(out(), '', 'nothing during a short run');
    t = DELAY_MS;
    p.update(4200, 10_000);
    assert.equal(out(), '\rchecking 4,200/10,000 files (42%)\x1b[K');
    t += INTERVAL_MS - 1;
    p.update(4300, 10_000);
    assert.equal(out(), '\rchecking 4,200/10,000 files (42%)\x1b[K', 'not redrawn within the interval');
    t += 1;
    p.update(5000, 10_000);
    assert.ok(out().endsWith('\rchecking 5,000/10,000 files (50%)\x1b[K'));
    t += INTERVAL_MS;
    p.update(10_000, 10_000);
    assert.ok(out().endsWith('(50%)\x1b[K'), 'the last update is not drawn: the line is about to go');
    p.clear();
    assert.ok(out().endsWith('\r\x1b[K'));
    const before = out();
    p.clear();
    assert.equal(out(), before, 'erased once');
  });

  test('in Chinese; nothing to erase when nothing was drawn', () => {
    let t = 0;
    let out = '';
    const p = new Progress((s) => (out += s), 'zh', () => t);
    p.clear();
    assert.equal(out, '');
    t = DELAY_MS;
    p.update(3, 4);
    assert.equal(out, '\r正在检查：3/4 个文件（75%）\x1b[K');
  });
});
