/**
 * Which files `privacy-annotations check` looks at, and which policy judges each: projects built in a temp
 * directory at test time, checked through main() (and once through the real bundle).
 * Every source file carries a tag that yields a finding, so the findings show exactly which files were checked.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = ['--today', '2026-11-28'];

/** Yields one info finding (cross-border-domestic-destination) wherever it is checked, with or without a policy. */
const DOMESTIC = '/**\n * Backup in Hangzhou.\n * @crossBorder CN\n */\nexport function backup() { return 1; }\n';
/** Yields an error (unknown-category) wherever it is checked. */
const TYPO = 'export interface A {\n  /** @personalData contact.phon */\n  phone: string;\n}\n';

interface Report {
  version: number;
  policies: string[];
  filesChecked: number;
  findings: { file: string; line: number; rule: string; severity: string; message: string }[];
}

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-walk-'));
  tempDirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    if (rel.endsWith('/')) {
      fs.mkdirSync(abs, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

async function check(cwd: string, ...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', ...args, '--format', 'json', ...TODAY], {
    cwd,
    env: { LANG: 'C.UTF-8' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  assert.notEqual(code, 2, `usage/config error: ${stderr}`);
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

const filesWithFindings = (r: Report) => [...new Set(r.findings.map((f) => f.file))].sort();

describe('which files are checked', () => {
  test('all eight extensions are checked: .ts .tsx .mts .cts .js .jsx .mjs .cjs', async () => {
    const exts = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];
    const dir = project(Object.fromEntries(exts.map((e) => [`src/f.${e}`, DOMESTIC])));
    const { report } = await check(dir);
    assert.equal(report.filesChecked, 8);
    assert.deepEqual(filesWithFindings(report), exts.map((e) => `src/f.${e}`).sort());
    assert.ok(report.findings.every((f) => f.rule === 'cross-border-domestic-destination' && f.line === 3));
  });

  test('other files are not: .d.ts declarations, .json, .md, .vue, .ts.bak', async () => {
    const dir = project({
      'src/ok.ts': DOMESTIC,
      'src/types.d.ts': DOMESTIC,
      'src/global.D.TS': DOMESTIC,
      'src/data.json': DOMESTIC,
      'README.md': DOMESTIC,
      'src/App.vue': DOMESTIC,
      'src/old.ts.bak': DOMESTIC,
    });
    const { report } = await check(dir);
    assert.equal(report.filesChecked, 1);
    assert.deepEqual(filesWithFindings(report), ['src/ok.ts']);
  });

  test('.gitignore is honoured: ignored files and folders are skipped', async () => {
    const dir = project({
      '.gitignore': '# generated code\n/ignored.ts\ngenerated/\n*.gen.ts\n',
      'kept.ts': DOMESTIC,
      'ignored.ts': TYPO,
      'generated/g.ts': TYPO,
      'src/api.gen.ts': TYPO,
      'src/api.ts': DOMESTIC,
    });
    const { code, report } = await check(dir);
    assert.deepEqual(filesWithFindings(report), ['kept.ts', 'src/api.ts']);
    assert.equal(report.filesChecked, 2);
    assert.equal(code, 0, 'the ignored files hold errors; none of them counts');
  });

  test('a nested .gitignore applies within its own folder only; negation works', async () => {
    const dir = project({
      'local.ts': DOMESTIC,
      'pkg/.gitignore': 'local.ts\n*.tmp.ts\n!keep.tmp.ts\n',
      'pkg/local.ts': TYPO,
      'pkg/deep/local.ts': TYPO,
      'pkg/scratch.tmp.ts': TYPO,
      'pkg/keep.tmp.ts': DOMESTIC,
      'pkg/main.ts': DOMESTIC,
    });
    const { report } = await check(dir);
    assert.deepEqual(filesWithFindings(report), ['local.ts', 'pkg/keep.tmp.ts', 'pkg/main.ts']);
  });

  test("checking a subfolder still honours its parents' .gitignore (up to the repository root)", async () => {
    const dir = project({ '.git/': '', '.gitignore': 'secret.ts\n', 'app/secret.ts': TYPO, 'app/main.ts': DOMESTIC });
    const { report } = await check(dir, 'app');
    assert.deepEqual(filesWithFindings(report), ['app/main.ts']);
  });

  test('node_modules and build output are skipped, at any depth', async () => {
    const files: Record<string, string> = { 'src/index.ts': DOMESTIC };
    for (const d of ['node_modules/pkg', 'src/node_modules/x', 'dist', 'build', 'out', 'coverage', 'packages/a/dist', '.next/server']) {
      files[`${d}/bundle.js`] = TYPO;
    }
    const dir = project(files);
    const { code, report } = await check(dir);
    assert.deepEqual(filesWithFindings(report), ['src/index.ts']);
    assert.equal(report.filesChecked, 1);
    assert.equal(code, 0);
  });

  test('a file over 2 MB is skipped with a note on stderr, and does not change the exit code', async () => {
    const big = TYPO + '// ' + 'x'.repeat(2 * 1024 * 1024) + '\n';
    const dir = project({ 'src/big.ts': big, 'src/small.ts': DOMESTIC, 'privacy-policy.yaml': 'version: 1\n' });
    const { code, report, stderr } = await check(dir);
    assert.equal(code, 0, 'big.ts holds an error, but it was not checked');
    assert.deepEqual(filesWithFindings(report), ['src/small.ts']);
    assert.equal(report.filesChecked, 1);
    const notes = stderr.split('\n').filter(Boolean);
    assert.equal(notes.length, 1, stderr);
    assert.match(notes[0], /^note: .*src\/big\.ts.*2(\.0)? MB/);
    assert.ok(!JSON.stringify(report).includes('big.ts'), 'the skipped file is not in the JSON report');
  });

  test('the same through the real bundle: text output, exit 0, the note on stderr only', () => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
    const dir = project({ 'src/big.ts': TYPO + '// ' + 'x'.repeat(2 * 1024 * 1024 + 10) + '\n', 'src/ok.ts': DOMESTIC, 'privacy-policy.yaml': 'version: 1\n' });
    const r = spawnSync(process.execPath, [CLI, 'check', ...TODAY], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', PRIVACY_ANNOTATIONS_LANG: '' } });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('big.ts'), r.stdout);
    assert.match(r.stdout, /in 1 file checked\.\n$/);
    assert.match(r.stderr, /^note: not checked src\/big\.ts: [^\n]*MB[^\n]*\n$/);
  });

  test('paths may name files and folders; each file is checked once', async () => {
    const dir = project({ 'a.ts': DOMESTIC, 'b.js': DOMESTIC, 'lib/c.ts': DOMESTIC, 'lib/d.ts': DOMESTIC, 'other/e.ts': DOMESTIC });
    const { report } = await check(dir, 'a.ts', 'lib', 'lib/c.ts', './a.ts');
    assert.deepEqual(filesWithFindings(report), ['a.ts', 'lib/c.ts', 'lib/d.ts']);
    assert.equal(report.filesChecked, 3);
    assert.equal(report.findings.length, 3);
  });

  test('paths default to the working directory, and are reported relative to it', async () => {
    const dir = project({ 'src/a.ts': DOMESTIC });
    const { report } = await check(path.join(dir, 'src'));
    assert.deepEqual(filesWithFindings(report), ['a.ts']);
    const fromRoot = await check(dir, path.join(dir, 'src'));
    assert.deepEqual(filesWithFindings(fromRoot.report), ['src/a.ts'], 'an absolute path argument is still reported relative to the cwd');
  });
});

describe('which policy judges each file', () => {
  const POLICY_ACCOUNT = 'version: 1\npurposes:\n  account: { basis: contract, retention: 1y }\n';
  const POLICY_BILLING = 'version: 1\npurposes:\n  billing: { basis: contract, retention: 1y }\n';
  const USES_BILLING = 'export interface A {\n  /** @personalData contact.phone purpose=billing */\n  phone: string;\n}\n';

  function monorepo(): string {
    return project({
      'privacy-policy.yaml': POLICY_ACCOUNT,
      'packages/billing/privacy-policy.yaml': POLICY_BILLING,
      'packages/billing/src/invoice.ts': USES_BILLING,
      'packages/shop/src/cart.ts': USES_BILLING,
    });
  }

  test('nearest policy: each file is judged by the closest privacy-policy.yaml above it, and policies lists both', async () => {
    const dir = monorepo();
    const { code, report, stderr } = await check(dir);
    assert.deepEqual(report.policies, ['packages/billing/privacy-policy.yaml', 'privacy-policy.yaml']);
    assert.equal(report.filesChecked, 2);
    assert.deepEqual(
      report.findings.map((f) => `${f.file} ${f.rule}`),
      ['packages/shop/src/cart.ts unknown-purpose'],
      'billing is a purpose only of the billing package',
    );
    assert.equal(code, 1);
    assert.equal(stderr, '', 'every file has a policy');
  });

  test('--policy overrides discovery for every file', async () => {
    const dir = monorepo();
    const { report } = await check(dir, '--policy', 'privacy-policy.yaml');
    assert.deepEqual(report.policies, ['privacy-policy.yaml']);
    assert.deepEqual(report.findings.map((f) => `${f.file} ${f.rule}`), ['packages/billing/src/invoice.ts unknown-purpose', 'packages/shop/src/cart.ts unknown-purpose']);
    const other = await check(dir, '--policy', 'packages/billing/privacy-policy.yaml');
    assert.deepEqual(other.report.policies, ['packages/billing/privacy-policy.yaml']);
    assert.deepEqual(other.report.findings, []);
  });

  test('a policy in a subfolder governs only that subfolder', async () => {
    const dir = project({
      'sub/privacy-policy.yaml': POLICY_ACCOUNT,
      'sub/x.ts': USES_BILLING,
      'top.ts': USES_BILLING,
    });
    const { report, stderr } = await check(dir);
    assert.deepEqual(report.policies, ['sub/privacy-policy.yaml']);
    assert.deepEqual(report.findings.map((f) => `${f.file} ${f.rule}`), ['sub/x.ts unknown-purpose'], 'top.ts has no policy: purposes are not checked');
    assert.match(stderr, /no privacy-policy\.yaml found for 1 file\b/);
  });

  test('privacy-policy.yml and .json are found too', async () => {
    const dir = project({
      'a/privacy-policy.yml': POLICY_BILLING,
      'a/x.ts': USES_BILLING,
      'b/privacy-policy.json': JSON.stringify({ version: 1, purposes: { billing: { basis: 'contract', retention: '1y' } } }),
      'b/y.ts': USES_BILLING,
    });
    const { report, stderr } = await check(dir);
    assert.deepEqual(report.policies, ['a/privacy-policy.yml', 'b/privacy-policy.json']);
    assert.deepEqual(report.findings, []);
    assert.equal(stderr, '');
  });

  test('only the policies in force are listed: checking one package names only its policy', async () => {
    const dir = monorepo();
    const { report } = await check(dir, 'packages/billing');
    assert.deepEqual(report.policies, ['packages/billing/privacy-policy.yaml']);
  });
});
