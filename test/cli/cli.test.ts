/**
 * The command line as a user meets it: the real bundle (dist/cli.js) spawned from the repo root, and main()
 * in-process where many runs are needed. Output formats, exit codes, --fail-on, --output, --lang, and the
 * one-line messages for usage and configuration errors.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { formatGithub } from '../../server/src/cli/formats/github';
import type { CheckReport } from '../../server/src/cli/report';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = ['--today', '2026-11-28'];
const DEMO = 'examples/demo';
const FIXTURES = 'test/fixtures/cli';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** English messages whatever the machine's locale, and colours left to the CLI's own choice. */
function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', ...extra };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'PRIVACY_ANNOTATIONS_LANG', 'NO_COLOR', 'FORCE_COLOR']) if (!(k in extra)) delete env[k];
  return env;
}

/** The real bundle, as `privacy-annotations ...` would run it. */
function cli(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Run {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" (npm test does it) before these tests`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: baseEnv(env), encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** main() in-process: the same code, without the cost of a process. */
async function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: opts.cwd ?? REPO,
    env: opts.env ?? { LANG: 'C.UTF-8' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: opts.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  citations: { law: string; article: number }[];
}
interface JsonReport {
  version: number;
  policies: string[];
  filesChecked: number;
  findings: JsonFinding[];
}

const tempDirs: string[] = [];
function tempDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-cli-'));
  tempDirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** The text a finding points at, sliced from the file by its 1-based line and column. */
function textAt(f: JsonFinding, cwd = REPO): string {
  const lines = fs.readFileSync(path.join(cwd, f.file), 'utf8').split(/\r?\n/);
  assert.equal(f.endLine, f.line, `${f.file}:${f.line} spans lines; textAt expects one line`);
  return lines[f.line - 1].slice(f.column - 1, f.endColumn - 1);
}

function assertOneLineError(r: Run, ...mustMention: string[]): void {
  assert.equal(r.code, 2, `exit code 2 expected; stderr: ${r.stderr}`);
  // A broken policy found next to the code stops only what it governs: the report (with its policy-invalid
  // findings) still comes out; a usage error prints nothing on stdout.
  if (r.stdout !== '') assert.match(r.stdout, /policy-invalid/, 'only a policy error comes with a report');
  assert.match(r.stderr, /^privacy-annotations: [^\n]+\n$/, `one line starting "privacy-annotations: ", got ${JSON.stringify(r.stderr)}`);
  for (const s of mustMention) assert.ok(r.stderr.includes(s), `stderr should mention ${JSON.stringify(s)}: ${r.stderr}`);
}

const FINDING_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'citations'];

// One spawned run of the demo in each format, shared by the tests below.
let demoJsonRun: Run | undefined;
function demoJson(): { run: Run; report: JsonReport } {
  demoJsonRun ??= cli(['check', DEMO, '--format', 'json', ...TODAY]);
  return { run: demoJsonRun, report: JSON.parse(demoJsonRun.stdout) as JsonReport };
}

describe('check examples/demo --format json (the real bundle)', () => {
  test('exit code 1, nothing on stderr, and exactly the documented top-level shape', () => {
    const { run: r, report } = demoJson();
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '', 'the demo has a policy, so no note is printed');
    assert.deepEqual(Object.keys(report), ['version', 'policies', 'filesChecked', 'findings']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.policies, ['examples/demo/privacy-policy.yaml']);
    assert.equal(report.filesChecked, 15);
    assert.ok(report.findings.length > 0);
  });

  test('every finding has exactly the documented keys, 1-based positions and relative "/" paths', () => {
    const { report } = demoJson();
    for (const f of report.findings) {
      const where = `${f.file}:${f.line}:${f.column} ${f.rule}`;
      assert.deepEqual(Object.keys(f), FINDING_KEYS, where);
      assert.ok(f.file.startsWith('examples/demo/') && !f.file.includes('\\') && !path.isAbsolute(f.file), where);
      for (const n of [f.line, f.column, f.endLine, f.endColumn]) assert.ok(Number.isInteger(n) && n >= 1, where);
      assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column), `${where}: empty or reversed span`);
      assert.match(f.rule, /^[a-z]+(-[a-z]+)*$/, where);
      assert.ok(['error', 'warning', 'info'].includes(f.severity), where);
      assert.ok(typeof f.message === 'string' && f.message.length > 10, where);
      assert.ok(Array.isArray(f.citations), where);
      for (const c of f.citations) {
        // An item of an article ("(4)") comes third, when the citation has one.
        assert.deepEqual(Object.keys(c), 'item' in c ? ['law', 'article', 'item'] : ['law', 'article'], where);
        assert.ok(typeof c.law === 'string' && Number.isInteger(c.article) && c.article > 0, where);
        if ('item' in c) assert.match(String(c.item), /^\(\d+\)$/, where);
      }
      assert.ok(fs.existsSync(path.join(REPO, f.file)), `${where}: the file exists relative to the working directory`);
    }
  });

  test('findings are sorted by file, then line, then column', () => {
    const { report } = demoJson();
    for (let i = 1; i < report.findings.length; i++) {
      const a = report.findings[i - 1];
      const b = report.findings[i];
      const order = a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
      assert.ok(order <= 0, `out of order: ${a.file}:${a.line}:${a.column} before ${b.file}:${b.line}:${b.column}`);
    }
  });

  test('sensitive-needs-separate-consent in customer.ts points at the text biometric.face, citing PIPL Arts. 28 and 29', () => {
    const { report } = demoJson();
    const hits = report.findings.filter((f) => f.rule === 'sensitive-needs-separate-consent' && f.file === 'examples/demo/src/customer.ts');
    assert.equal(hits.length, 1, JSON.stringify(hits));
    const f = hits[0];
    assert.equal(textAt(f), 'biometric.face');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }]);
  });

  test('other findings point at their offending token too', () => {
    const { report } = demoJson();
    const expected: [file: string, line: number, rule: string, text: string][] = [
      ['src/customer.ts', 14, 'retention-exceeds-purpose', '5y'],
      ['src/customer.ts', 22, 'unknown-category', 'contact.phon'],
      ['src/customer.ts', 43, 'malformed-tag', 'retension'],
      ['src/marketing.ts', 20, 'malformed-tag', 'forever'],
      ['src/marketing.ts', 46, 'category-not-allowed', 'communication.contacts'],
      ['src/marketing.ts', 70, 'unknown-purpose', 'analytcs'],
      ['src/afterSales.ts', 49, 'cross-border-unknown-destination', 'JP'],
      ['src/legacy/memberImport.js', 37, 'malformed-tag', '@personaldata'],
      ['src/legacy/memberImport.js', 49, 'cross-border-domestic-destination', 'CN'],
    ];
    for (const [file, line, rule, text] of expected) {
      const f = report.findings.find((x) => x.file === `${DEMO}/${file}` && x.line === line && x.rule === rule);
      assert.ok(f, `missing ${file}:${line} ${rule}`);
      assert.equal(textAt(f), text, `${file}:${line} ${rule}`);
    }
  });

  test('every intended finding of examples/demo/EXPECTED.md is reported, and nothing unexpected', () => {
    const { report } = demoJson();
    const md = fs.readFileSync(path.join(REPO, DEMO, 'EXPECTED.md'), 'utf8');
    const rows = [...md.matchAll(/^\|\s*(\d+)\s*\|\s*`([^`]+)`\s*\|\s*(\d+)\s*\|\s*`([^`]+)`\s*\|/gm)].map((m) => ({
      n: Number(m[1]),
      file: `${DEMO}/${m[2]}`,
      line: Number(m[3]),
      rule: m[4],
    }));
    assert.ok(rows.length >= 20, `parsed only ${rows.length} rows of the EXPECTED.md table`);
    assert.deepEqual(rows.map((r) => r.n), rows.map((_r, i) => i + 1), 'rows numbered 1..n');
    const key = (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`;
    const reported = new Set(report.findings.map(key));
    const missing = rows.filter((r) => !reported.has(key(r))).map((r) => `#${r.n} ${key(r)}`);
    assert.deepEqual(missing, [], 'intended findings not reported');

    // "Findings an engine may also reasonably report" in EXPECTED.md: tolerated, not required.
    const tolerated = new Set([
      `${DEMO}/src/marketing.ts:46 category-not-allowed-for-purpose`,
      `${DEMO}/src/kidsClub.ts:61 sensitive-needs-separate-consent`,
    ]);
    const intended = new Set(rows.map(key));
    const unexpected = report.findings
      .filter((f) => !intended.has(key(f)) && !tolerated.has(key(f)) && f.file !== `${DEMO}/privacy-policy.yaml`)
      .map(key);
    assert.deepEqual(unexpected, [], 'findings that EXPECTED.md neither intends nor tolerates');
  });

  test('the files EXPECTED.md calls clean have no findings', () => {
    const { report } = demoJson();
    const md = fs.readFileSync(path.join(REPO, DEMO, 'EXPECTED.md'), 'utf8');
    const para = md.slice(md.indexOf('Clean, with no findings expected'), md.indexOf('and every other tag'));
    const clean = [...para.matchAll(/`([^`]+)`/g)].map((m) => `${DEMO}/${m[1]}`);
    assert.ok(clean.length >= 5, `parsed ${clean.length} clean files`);
    for (const file of clean) {
      assert.ok(fs.existsSync(path.join(REPO, file)), `${file} exists`);
      assert.deepEqual(report.findings.filter((f) => f.file === file).map((f) => `${f.line} ${f.rule}`), [], `${file} should be clean`);
    }
    assert.deepEqual(
      report.findings.filter((f) => f.file === `${DEMO}/src/analytics.ts`).map((f) => `${f.line} ${f.rule}`),
      ['40 cross-border-mechanism-expired'],
      'analytics.ts has only finding 13',
    );
  });

  test('--fail-on never: the same report, exit code 0', async () => {
    const r = await run(['check', DEMO, '--format', 'json', '--fail-on', 'never', ...TODAY]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), demoJson().report);
  });

  test('the in-process main() gives the same JSON as the bundle', async () => {
    const r = await run(['check', DEMO, '--format', 'json', ...TODAY]);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), demoJson().report);
  });
});

describe('--fail-on', () => {
  const at = async (fixture: string, ...extra: string[]) => await run(['check', `${FIXTURES}/${fixture}`, '--format', 'json', ...TODAY, ...extra]);

  test('the fixtures hold what the tests below assume', async () => {
    const sev = async (fixture: string) => (JSON.parse((await at(fixture)).stdout) as JsonReport).findings.map((f) => f.severity);
    assert.deepEqual(await sev('warn-only'), ['warning']);
    assert.deepEqual(await sev('info-only'), ['info']);
    assert.deepEqual(await sev('clean'), []);
  });

  test('only warnings: 0 by default and with error/never, 1 with warning or info', async () => {
    assert.equal((await at('warn-only')).code, 0);
    assert.equal((await at('warn-only', '--fail-on', 'error')).code, 0);
    assert.equal((await at('warn-only', '--fail-on', 'warning')).code, 1);
    assert.equal((await at('warn-only', '--fail-on', 'info')).code, 1);
    assert.equal((await at('warn-only', '--fail-on', 'never')).code, 0);
  });

  test('only infos: 1 only with --fail-on info', async () => {
    assert.equal((await at('info-only')).code, 0);
    assert.equal((await at('info-only', '--fail-on', 'warning')).code, 0);
    assert.equal((await at('info-only', '--fail-on', 'info')).code, 1);
    assert.equal((await at('info-only', '--fail-on=info')).code, 1, '--option=value form');
    assert.equal((await at('info-only', '--fail-on', 'never')).code, 0);
  });

  test('no findings: 0 even with --fail-on info', async () => {
    assert.equal((await at('clean', '--fail-on', 'info')).code, 0);
  });

  test('errors: 1 by default, whatever the format', async () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      assert.equal((await run(['check', DEMO, '--format', format, ...TODAY])).code, 1, format);
    }
  });
});

describe('--format text', () => {
  let textRun: Run | undefined;
  const demoText = () => (textRun ??= cli(['check', DEMO, ...TODAY]));

  test('groups findings under one header per file, in order, like ESLint stylish', () => {
    const r = demoText();
    const { report } = demoJson();
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    const files = [...new Set(report.findings.map((f) => f.file))];
    const headers = lines.filter((l) => l.length > 0 && !l.startsWith(' ') && !/^[✖✔]/.test(l));
    assert.deepEqual(headers, files, 'one header line per file, in sorted order');
    for (const file of files) {
      const start = lines.indexOf(file);
      const group: string[] = [];
      for (let i = start + 1; i < lines.length && lines[i].startsWith('  '); i++) group.push(lines[i]);
      const own = report.findings.filter((f) => f.file === file);
      assert.equal(group.length, own.length, `${file}: one indented line per finding`);
      own.forEach((f, i) => {
        assert.match(group[i], new RegExp(`^\\s+${f.line}:${f.column}\\s+${f.severity}\\s`), `${file} line ${i}`);
        assert.ok(group[i].includes(f.rule), `${file}:${f.line} shows the rule id ${f.rule}`);
        assert.ok(group[i].includes(f.message), `${file}:${f.line} shows the message`);
      });
    }
  });

  test('shows rule ids with compact citations such as PIPL Art. 28, 29', () => {
    const line = demoText().stdout.split('\n').find((l) => l.includes('sensitive-needs-separate-consent'));
    assert.ok(line, 'the sensitive-needs-separate-consent line');
    assert.match(line, /sensitive-needs-separate-consent\s+PIPL Art\. 28, 29\s*$/);
    assert.ok(demoText().stdout.includes('PIPL Art. 38; CBDF2024 Art. 8'), 'citations from two laws');
    assert.ok(!demoText().stdout.includes('PIPL Art. 38, 40; CBDF2024 Art. 8'), 'Art. 40 only for CIIOs and over the assessment threshold');
  });

  test('ends with a summary that counts problems by severity and the files checked', () => {
    const { report } = demoJson();
    const summary = demoText().stdout.trimEnd().split('\n').at(-1)!;
    const m = summary.match(/^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?, (\d+) infos?\) in 15 files checked\.$/);
    assert.ok(m, `summary line: ${summary}`);
    const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
    assert.deepEqual(m.slice(1).map(Number), [report.findings.length, count('error'), count('warning'), count('info')]);
  });

  test('no ANSI escapes when stdout is not a terminal', async () => {
    assert.ok(!demoText().stdout.includes('\x1b'), 'spawned with a pipe: plain text');
    assert.ok(!(await run(['check', DEMO, ...TODAY], { isTTY: false })).stdout.includes('\x1b'));
  });

  test('colours on a terminal, unless --no-color or NO_COLOR', async () => {
    assert.ok((await run(['check', DEMO, ...TODAY], { isTTY: true })).stdout.includes('\x1b['));
    assert.ok(!(await run(['check', DEMO, ...TODAY, '--no-color'], { isTTY: true })).stdout.includes('\x1b'));
    assert.ok(!(await run(['check', DEMO, ...TODAY], { isTTY: true, env: { LANG: 'C', NO_COLOR: '1' } })).stdout.includes('\x1b'));
  });

  test('a clean project says so, and exits 0', async () => {
    const r = await run(['check', `${FIXTURES}/clean`, ...TODAY]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ No problems in 1 file checked.\n');
    assert.equal(r.stderr, '');
  });

  test('--lang zh: Chinese messages, labels, citations and summary', async () => {
    const r = await run(['check', DEMO, ...TODAY, '--lang', 'zh']);
    assert.equal(r.code, 1);
    const line = r.stdout.split('\n').find((l) => l.includes('sensitive-needs-separate-consent'));
    assert.ok(line);
    assert.ok(line.includes('单独同意'), line);
    assert.ok(line.includes('警告'), line);
    assert.ok(line.endsWith('《个人信息保护法》第二十八条、第二十九条'), line);
    assert.match(r.stdout, /共检查 15 个文件。\n$/);
    assert.ok(!r.stdout.includes('PIPL Art.'), 'no English citations in Chinese output');
  });

  test('the language follows LANG when --lang is not given', async () => {
    const r = await run(['check', `${FIXTURES}/warn-only`, ...TODAY], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('单独同意'), r.stdout);
    const inline = await run(['check', `${FIXTURES}/warn-only`, ...TODAY, '--lang=en'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(inline.code, 0, inline.stderr);
    assert.ok(inline.stdout.includes('separate consent'), inline.stdout);
  });

  test('--lang en (as a separate argument) overrides a Chinese LANG', async () => {
    // Regression: parseArgs once read the value of --lang twice, so `--lang en` swallowed the next argument
    // ("--lang needs a value", or `--lang en src` → 'got "src"'); only `--lang zh` and `--lang=en` worked.
    const env = { LANG: 'zh_CN.UTF-8' };
    const last = await run(['check', `${FIXTURES}/warn-only`, ...TODAY, '--lang', 'en'], { env });
    assert.equal(last.code, 0, last.stderr);
    assert.ok(last.stdout.includes('separate consent'), last.stdout);
    const before = await run(['check', '--lang', 'en', `${FIXTURES}/warn-only`, ...TODAY], { env });
    assert.equal(before.code, 0, before.stderr);
    assert.ok(before.stdout.includes('separate consent'), before.stdout);
  });
});

describe('--format github', () => {
  const ANNOTATION = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=privacy\/([a-z-]+)::(.+)$/;

  test('one workflow annotation per finding, in order, matching the JSON report', async () => {
    const r = await run(['check', DEMO, '--format', 'github', ...TODAY]);
    assert.equal(r.code, 1, r.stderr);
    const { report } = demoJson();
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    assert.equal(lines.length, report.findings.length);
    const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
    lines.forEach((l, i) => {
      const f = report.findings[i];
      const m = l.match(ANNOTATION);
      assert.ok(m, `not an annotation: ${l}`);
      assert.deepEqual(m.slice(1, 8), [command[f.severity], f.file, `${f.line}`, `${f.column}`, `${f.endLine}`, `${f.endColumn}`, f.rule]);
      assert.ok(m[8].startsWith(f.message.replace(/%/g, '%25')), `${f.file}:${f.line}: the message`);
    });
    const sensitive = lines.find((l) => l.includes('title=privacy/sensitive-needs-separate-consent'));
    assert.ok(sensitive?.endsWith('(PIPL Art. 28, 29)'), sensitive);
    assert.ok(lines.some((l) => l.startsWith('::notice ')), 'info findings become notices');
  });

  test('file names are escaped as properties (%, comma, colon)', async () => {
    const dir = tempDir({ 'src/we%ird,na:me.ts': '/**\n * @crossBorder CN\n */\nexport function f() {}\n' });
    const r = await run(['check', '.', '--format', 'github', ...TODAY], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1, r.stdout);
    assert.ok(lines[0].startsWith('::notice file=src/we%25ird%2Cna%3Ame.ts,line=2,col='), lines[0]);
    assert.match(lines[0], ANNOTATION);
  });

  test('messages are escaped as data: %, CR and LF, but not colon or comma', () => {
    const report: CheckReport = {
      version: 1,
      policies: [],
      filesChecked: 1,
      skipped: [],
      withoutPolicy: 0,
      findings: [
        {
          file: 'a.ts',
          line: 1,
          column: 2,
          endLine: 3,
          endColumn: 4,
          rule: 'malformed-tag',
          severity: 'error',
          message: '100% wrong:\r\nsee, here',
          citations: [{ law: 'PIPL', article: 13 }],
        },
      ],
    };
    assert.equal(formatGithub(report, 'en'), '::error file=a.ts,line=1,col=2,endLine=3,endColumn=4,title=privacy/malformed-tag::100%25 wrong:%0D%0Asee, here (PIPL Art. 13)\n');
    assert.equal(formatGithub({ ...report, findings: [] }, 'en'), '', 'no findings: no output');
  });
});

describe('--output', () => {
  test('writes the report to the file and prints nothing on stdout', () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.json');
    const r = cli(['check', DEMO, '--format', 'json', '--output', out, ...TODAY]);
    assert.equal(r.code, 1, 'the exit code still reflects the findings');
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(fs.readFileSync(out, 'utf8')), demoJson().report);
  });

  test('a relative --output is relative to the working directory; a text report written to a file has no colours', async () => {
    const dir = tempDir({ 'src/a.ts': '/**\n * @crossBorder CN\n */\nexport function f() {}\n' });
    const r = await run(['check', '.', '--output', 'report.txt', ...TODAY], { cwd: dir, isTTY: true });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    const text = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8');
    assert.ok(text.includes('src/a.ts') && text.includes('cross-border-domestic-destination'), text);
    assert.ok(!text.includes('\x1b'), 'no ANSI escapes in a file');
  });

  test('refuses to overwrite source files or a policy: exit 2, one line, file untouched', async () => {
    const original = 'export const keep = 1;\n';
    const policy = 'version: 1\n';
    const dir = tempDir({ 'src/a.ts': original, 'lib/b.js': original, 'privacy-policy.yaml': policy });
    for (const target of ['src/a.ts', 'lib/b.js', 'src/new.tsx', 'x.mjs', 'privacy-policy.yaml', 'sub/privacy-policy.yml', 'privacy-policy.json']) {
      const r = await run(['check', '.', '--output', target, ...TODAY], { cwd: dir });
      assertOneLineError(r, target);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'src/a.ts'), 'utf8'), original);
    assert.equal(fs.readFileSync(path.join(dir, 'lib/b.js'), 'utf8'), original);
    assert.equal(fs.readFileSync(path.join(dir, 'privacy-policy.yaml'), 'utf8'), policy);
    assert.ok(!fs.existsSync(path.join(dir, 'src/new.tsx')));
  });

});

describe('notes on stderr', () => {
  test('no policy found: said once on stderr, whatever the number of files; the law-based rules still run', async () => {
    const tag = '/**\n * @personalData biometric.face basis=consent\n */\nexport const f = 1;\n';
    const dir = tempDir({ 'a.ts': tag, 'b.ts': tag, 'src/c.js': tag });
    const r = await run(['check', '.', '--format', 'json', ...TODAY], { cwd: dir });
    assert.equal(r.code, 0, 'warnings only');
    const notes = r.stderr.split('\n').filter(Boolean);
    assert.equal(notes.length, 1, r.stderr);
    assert.match(notes[0], /no privacy-policy\.yaml found/);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.policies, []);
    assert.equal(report.filesChecked, 3);
    assert.deepEqual(report.findings.map((f) => `${f.file} ${f.rule}`), ['a.ts sensitive-needs-separate-consent', 'b.ts sensitive-needs-separate-consent', 'src/c.js sensitive-needs-separate-consent']);
  });

  test('the note is in Chinese with --lang zh, and stays off stdout', async () => {
    const dir = tempDir({ 'a.ts': 'export const x = 1;\n' });
    const r = await run(['check', '.', '--lang', 'zh', ...TODAY], { cwd: dir });
    assert.equal(r.code, 0);
    assert.ok(!r.stdout.includes('privacy-policy.yaml'), r.stdout);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1);
    assert.ok(r.stderr.includes('没有找到 privacy-policy.yaml'), r.stderr);
  });
});

describe('usage errors: exit 2 with one line on stderr', () => {
  test('unknown option', async () => assertOneLineError(await run(['check', '--frobnicate']), '--frobnicate'));
  test('bad --format value', async () => assertOneLineError(await run(['check', DEMO, '--format', 'xml']), '--format', 'xml'));
  test('bad --fail-on value', async () => assertOneLineError(await run(['check', DEMO, '--fail-on', 'fatal']), '--fail-on', 'fatal'));
  test('bad --today: not a date, and not a real date', async () => {
    assertOneLineError(await run(['check', DEMO, '--today', '28/11/2026']), '--today', '28/11/2026');
    assertOneLineError(await run(['check', DEMO, '--today', '2026-02-30']), '--today', '2026-02-30');
  });
  test('an option without its value', async () => assertOneLineError(await run(['check', DEMO, '--policy']), '--policy'));
  test('nonexistent path', async () => assertOneLineError(await run(['check', 'no/such/dir', ...TODAY]), 'no/such/dir'));
  test('nonexistent path among existing ones', async () => assertOneLineError(await run(['check', DEMO, 'missing.ts', ...TODAY]), 'missing.ts'));
  test('the bundle: unknown option', async () => assertOneLineError(cli(['check', '--frobnicate']), '--frobnicate'));
});

describe('configuration errors: exit 2 with "path:line:col: message"', () => {
  const source = { 'src/a.ts': '/** @personalData contact.phone */\nexport const phone = "";\n' };

  test('a YAML syntax error names the policy file, line and column', async () => {
    const dir = tempDir({
      ...source,
      // Line 5 is indented less than its siblings.
      'privacy-policy.yaml': 'version: 1\npurposes:\n  account:\n    basis: contract\n   retention: 1y\n',
    });
    const r = await run(['check', '.', ...TODAY], { cwd: dir });
    assertOneLineError(r);
    assert.match(r.stderr, /^privacy-annotations: privacy-policy\.yaml:5:\d+: /);
  });

  test('an unknown key is placed at that key', async () => {
    const dir = tempDir({ ...source, 'privacy-policy.yaml': 'version: 1\nhandler: X\ncategories:\n  allow: [contact.*]\n  colour: red\n' });
    const r = await run(['check', '.', ...TODAY], { cwd: dir });
    assertOneLineError(r, 'colour');
    assert.match(r.stderr, /^privacy-annotations: privacy-policy\.yaml:5:3: /);
    const zh = await run(['check', '.', ...TODAY, '--lang', 'zh'], { cwd: dir });
    assertOneLineError(zh, 'colour');
    assert.match(zh.stderr, /^privacy-annotations: privacy-policy\.yaml:5:3: .*未知/);
  });

  test('a nested policy is named by its path relative to the working directory', async () => {
    const dir = tempDir({
      'packages/b/src/a.ts': source['src/a.ts'],
      'packages/b/privacy-policy.yaml': 'version: 1\npurposes:\n  account:\n    basis: contract\n    retension: 1y\n',
    });
    const r = await run(['check', '.', ...TODAY], { cwd: dir });
    assertOneLineError(r, 'retension');
    assert.match(r.stderr, /^privacy-annotations: packages\/b\/privacy-policy\.yaml:5:5: /);
  });

  test('a broken --policy file is reported the same way', async () => {
    const dir = tempDir({ ...source, 'conf/policy.yaml': 'version: 1\nbogus: true\n' });
    const r = await run(['check', 'src', '--policy', 'conf/policy.yaml', ...TODAY], { cwd: dir });
    assertOneLineError(r, 'bogus');
    assert.match(r.stderr, /^privacy-annotations: conf\/policy\.yaml:2:1: /);
  });

  test('a policy that is a directory', async () => {
    const dir = tempDir(source);
    fs.mkdirSync(path.join(dir, 'privacy-policy.yaml'));
    const given = await run(['check', '.', '--policy', 'privacy-policy.yaml', ...TODAY], { cwd: dir });
    assertOneLineError(given, 'privacy-policy.yaml', 'directory');
    assert.match(given.stderr, /^privacy-annotations: privacy-policy\.yaml[:\s]/);
    const found = await run(['check', '.', ...TODAY], { cwd: dir });
    assertOneLineError(found, 'privacy-policy.yaml', 'directory');
  });

  test('a --policy file that does not exist', async () => {
    assertOneLineError(await run(['check', DEMO, '--policy', 'no-such-policy.yaml', ...TODAY]), 'no-such-policy.yaml');
  });
});

describe('--help and --version', () => {
  test('--help prints the usage and every option, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['help']]) {
      const r = await run(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.ok(r.stdout.includes('Usage: privacy-annotations check [paths...]'), args.join(' '));
      for (const opt of ['--policy', '--format', '--output', '--fail-on', '--today', '--lang']) assert.ok(r.stdout.includes(opt), `${args.join(' ')}: ${opt}`);
      assert.ok(r.stdout.includes('inventory [paths...] [--format md|csv|json|mermaid|svg]'), 'the data map formats');
      assert.equal(r.stderr, '');
    }
  });

  test('the bundle: --version exits 0 with package.json\'s version; -v too', async () => {
    const version = cli(['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout, `${pkg.version}\n`);
    assert.equal((await run(['-v'])).stdout, `${pkg.version}\n`);
    assert.ok((await run(['--help'])).stdout.includes('Exit codes: 0'));
  });

  test('--help --lang zh is in Chinese', async () => {
    const r = await run(['--lang', 'zh', '--help']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.includes('用法：privacy-annotations check'), r.stdout);
    assert.ok(r.stdout.includes('mermaid（Mermaid 格式的数据流向图）'), r.stdout);
  });
});
