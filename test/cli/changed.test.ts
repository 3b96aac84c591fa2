/**
 * check --changed-since REF (pull-request mode) against real git repositories built in temp directories at test
 * time: findings only on changed lines, untracked and added files in full, renames followed, findings a policy
 * change introduces on unchanged lines (and not the ones that were there before), related places in other files,
 * a shallow clone without the base, no repository at all, and JSON / SARIF that are a subset of the full scan.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { main } from '../../server/src/cli/main';
import { parseUnifiedDiff, unquote } from '../../server/src/cli/git';
import { ACCOUNT_POLICY } from './policies';
import { git } from './gitEnv';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = ['--today', '2026-11-28'];



const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix = 'pa-changed-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    if (text === null) fs.rmSync(abs, { force: true });
    else {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
    }
  }
}

/** A repository on branch main with one commit holding `files`. */
function repo(files: Record<string, string>): string {
  const dir = tempDir();
  write(dir, files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
async function run(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { LANG: 'C.UTF-8' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  citations: unknown[];
}
interface Report {
  version: number;
  policies: string[];
  filesChecked: number;
  findings: Finding[];
}
async function check(cwd: string, ...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await run(['check', '--format', 'json', ...TODAY, ...args], cwd);
  assert.notEqual(r.code, 2, r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}
const where = (f: Finding) => `${f.file}:${f.line} ${f.rule}`;
const wheres = (r: Report) => r.findings.map(where);

function assertOneLineError(r: Run, ...mustMention: string[]): void {
  assert.equal(r.code, 2, `exit code 2 expected; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^privacy-annotations: [^\n]+\n$/, JSON.stringify(r.stderr));
  for (const s of mustMention) assert.ok(r.stderr.includes(s), `stderr should mention ${JSON.stringify(s)}: ${r.stderr}`);
}

const POLICY = ACCOUNT_POLICY;

/** Line 2: unknown-category (there from the start). Lines 4 and 6 are clean under POLICY. */
const ACCOUNT = `export interface Account {
  /** @personalData contact.phon purpose=account */
  phone: string;
  /** @personalData identity.name purpose=account */
  name: string;
  /** @personalData contact.email purpose=account retention=2y */
  email: string;
}
`;
/** Line 1: missing-purpose, a warning (there from the start). */
const LEGACY = `/** @personalData contact.phone retention=1y */
export const legacyPhone = '';
`;
const TYPES = `export interface Order {
  /** @personalData identity.name purpose=account */
  name: string;
}
`;
/** Sends an Order (identity.name only) to SG: clean while Order holds only the name. */
const SHIP = `import type { Order } from './types';

/**
 * Ships the order from the Singapore warehouse.
 * @crossBorder SG recipient=merlion purpose=account categories=identity.name
 */
export function ship(order: Order): Order {
  return order;
}
`;

function baseRepo(): string {
  return repo({ 'privacy-policy.yaml': POLICY, 'src/account.ts': ACCOUNT, 'src/legacy.ts': LEGACY, 'src/types.ts': TYPES, 'src/ship.ts': SHIP });
}

describe('check --changed-since: changed lines', () => {
  test('the base repository: a full scan finds the old problems, and with no change nothing is reported (exit 0)', async () => {
    const dir = baseRepo();
    const full = await check(dir);
    assert.deepEqual(wheres(full.report), ['src/account.ts:2 unknown-category', 'src/legacy.ts:1 missing-purpose']);
    const r = await run(['check', '--changed-since', 'main', ...TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^✔ No problems in changes since main; 4 files checked, 2 problems elsewhere not shown\.\n$/);
  });

  test('only findings on lines added or modified since the ref; the unchanged line 2 is left out', async () => {
    const dir = baseRepo();
    write(dir, {
      'src/account.ts': ACCOUNT.replace('identity.name purpose', 'identity.nam purpose').replace(
        '  email: string;\n',
        '  email: string;\n  /** @personalData contact.address purpose=acount retention=1y */\n  address: string;\n',
      ),
    });
    const full = await check(dir);
    assert.ok(wheres(full.report).includes('src/account.ts:2 unknown-category'));
    const { code, report } = await check(dir, '--changed-since', 'main');
    assert.equal(code, 1);
    assert.deepEqual(wheres(report), ['src/account.ts:4 unknown-category', 'src/account.ts:8 unknown-purpose']);
    // The same objects as the full scan, just fewer.
    for (const f of report.findings) assert.ok(full.report.findings.some((g) => JSON.stringify(g) === JSON.stringify(f)), where(f));
    assert.deepEqual(report.policies, full.report.policies);
    assert.equal(report.filesChecked, full.report.filesChecked);
  });

  test('committed changes count as well as uncommitted ones: the diff is REF against the working tree', async () => {
    const dir = baseRepo();
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'src/account.ts': ACCOUNT.replace('identity.name purpose', 'identity.nam purpose') });
    commitAll(dir, 'typo');
    write(dir, { 'src/legacy.ts': LEGACY + '/** @personalData contact.emial purpose=account */\nexport const legacyEmail = "";\n' });
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main')).report), ['src/account.ts:4 unknown-category', 'src/legacy.ts:3 unknown-category']);
    // Since HEAD (a pre-commit hook): only the uncommitted change.
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'HEAD')).report), ['src/legacy.ts:3 unknown-category']);
  });

  test('a new untracked file is reported in full, and so is a file added in a commit since the ref', async () => {
    const dir = baseRepo();
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'src/added.ts': '/** @personalData contact.phon purpose=account */\nexport const a = 1;\n' });
    commitAll(dir, 'added');
    write(dir, { 'src/fresh.ts': '// new\n/** @personalData identity.nme purpose=account */\nexport const b = 1;\n/** @personalData contact.phone */\nexport const c = 1;\n' });
    const { report } = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(report), ['src/added.ts:1 unknown-category', 'src/fresh.ts:2 unknown-category', 'src/fresh.ts:4 missing-purpose', 'src/fresh.ts:4 missing-retention']);
  });

  test('an ignored untracked file is not checked at all', async () => {
    const dir = baseRepo();
    write(dir, { '.gitignore': 'generated/\n', 'generated/x.ts': '/** @personalData contact.phon */\nexport const x = 1;\n' });
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main')).report), []);
  });

  test('a renamed file reports only the lines changed in it, not its old findings', async () => {
    const dir = baseRepo();
    git(dir, 'mv', 'src/account.ts', 'src/customer.ts');
    write(dir, { 'src/customer.ts': '// Moved from account.ts.\n' + ACCOUNT + '/** @personalData contact.phon purpose=account */\nexport const x = 1;\n' });
    const { report } = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(report), ['src/customer.ts:10 unknown-category'], 'line 3 (the old line 2) was only moved');
  });

  test('a deleted file, and lines only deleted, report nothing', async () => {
    const dir = baseRepo();
    write(dir, { 'src/legacy.ts': null, 'src/account.ts': ACCOUNT.replace('  /** @personalData identity.name purpose=account */\n  name: string;\n', '') });
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main')).report), []);
  });

  test('a finding on an unchanged line whose related place changed (data newly reaching a @crossBorder function) is reported', async () => {
    const dir = baseRepo();
    write(dir, { 'src/types.ts': TYPES.replace('  name: string;\n', '  name: string;\n  /** @personalData contact.phone purpose=account */\n  phone: string;\n') });
    const { report } = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(report), ['src/ship.ts:7 cross-border-undeclared-data']);
    assert.match(report.findings[0].message, /contact\.phone/);
  });

  test('run from a subfolder, and with a subfolder or file as the path: paths stay relative to the working directory', async () => {
    const dir = baseRepo();
    write(dir, { 'src/account.ts': ACCOUNT.replace('identity.name purpose', 'identity.nam purpose'), 'src/legacy.ts': LEGACY.replace('contact.phone', 'contact.phon') });
    const expected = ['account.ts:4 unknown-category', 'legacy.ts:1 missing-purpose', 'legacy.ts:1 unknown-category'];
    assert.deepEqual(wheres((await check(path.join(dir, 'src'), '--changed-since', 'main')).report), expected);
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main', 'src/legacy.ts')).report), ['src/legacy.ts:1 missing-purpose', 'src/legacy.ts:1 unknown-category']);
    assert.deepEqual(wheres((await check(os.tmpdir(), '--changed-since', 'main', path.join(dir, 'src'))).report).map((w) => path.basename(w)), expected, 'the repository is found from the path, not the working directory');
  });

  test('file names git quotes (spaces, quotes, non-ASCII) are matched', async () => {
    const dir = baseRepo();
    write(dir, { 'src/we "ird" 名字.ts': '/** @personalData contact.phone purpose=account */\nexport const x = 1;\n' });
    commitAll(dir, 'odd name');
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    write(dir, { 'src/we "ird" 名字.ts': '/** @personalData contact.phon purpose=account */\nexport const x = 1;\n' });
    assert.deepEqual(wheres((await check(dir, '--changed-since', base)).report), ['src/we "ird" 名字.ts:1 unknown-category']);
  });

  test('HEAD in a repository with no commit yet (a first commit in a pre-commit hook): everything is new', async () => {
    const dir = tempDir();
    write(dir, { 'privacy-policy.yaml': POLICY, 'src/account.ts': ACCOUNT });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'HEAD')).report), ['src/account.ts:2 unknown-category']);
  });
});

describe('check --changed-since: a changed policy', () => {
  test('a tightened policy reports what it makes fail on unchanged lines, and not what failed before', async () => {
    const dir = baseRepo();
    git(dir, 'checkout', '-q', '-b', 'tighten');
    write(dir, { 'privacy-policy.yaml': POLICY.replace('retention: 3y', 'retention: 1y') });
    commitAll(dir, 'account data kept one year');
    const full = await check(dir);
    assert.ok(wheres(full.report).includes('src/account.ts:2 unknown-category'));
    const { code, report } = await check(dir, '--changed-since', 'main');
    assert.equal(code, 1);
    assert.deepEqual(wheres(report), ['src/account.ts:6 retention-exceeds-purpose'], 'retention=2y is now over the purpose\'s 1y');
    for (const f of report.findings) assert.ok(full.report.findings.some((g) => JSON.stringify(g) === JSON.stringify(f)), where(f));
  });

  test('a severity raised by the policy counts as new; one lowered does not', async () => {
    const dir = baseRepo();
    write(dir, { 'privacy-policy.yaml': POLICY + 'rules:\n  missing-purpose: error\n' });
    const raised = await check(dir, '--changed-since', 'main');
    assert.deepEqual(raised.report.findings.map((f) => `${where(f)} ${f.severity}`), ['src/legacy.ts:1 missing-purpose error']);
    assert.equal(raised.code, 1);
    write(dir, { 'privacy-policy.yaml': POLICY + 'rules:\n  missing-purpose: info\n' });
    const lowered = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(lowered.report), []);
    assert.equal(lowered.code, 0);
  });

  test('a loosened policy reports nothing new', async () => {
    const dir = baseRepo();
    write(dir, { 'privacy-policy.yaml': POLICY.replace('require:\n  purpose: true\n', 'require:\n  purpose: false\n') });
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main')).report), []);
  });

  test('a policy added nearer to a file (monorepo) replaces the old one: findings new under it are reported', async () => {
    const dir = baseRepo();
    write(dir, { 'src/privacy-policy.yaml': POLICY.replace('categories: [identity.name, contact.*]', 'categories: [identity.name]') });
    const { report } = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(report), ['src/account.ts:6 category-not-allowed-for-purpose']);
    assert.deepEqual(report.policies, ['src/privacy-policy.yaml']);
  });

  test('a policy moved without changes (renamed to .yml) changes nothing', async () => {
    const dir = baseRepo();
    git(dir, 'mv', 'privacy-policy.yaml', 'privacy-policy.yml');
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main')).report), []);
  });

  test('--policy naming a tracked file: its old version at the ref is the comparison', async () => {
    const dir = baseRepo();
    write(dir, { 'privacy-policy.yaml': POLICY.replace('retention: 3y', 'retention: 1y') });
    assert.deepEqual(wheres((await check(path.join(dir, 'src'), '--changed-since', 'main', '--policy', '../privacy-policy.yaml')).report), ['account.ts:6 retention-exceeds-purpose']);
  });

  test('--policy with a name of its own (config/pii.yaml): compared with its version at the ref too', async () => {
    const dir = repo({ 'config/pii.yaml': POLICY, 'src/account.ts': ACCOUNT });
    write(dir, { 'config/pii.yaml': POLICY.replace('retention: 3y', 'retention: 1y') });
    assert.deepEqual(wheres((await check(dir, '--changed-since', 'main', '--policy', 'config/pii.yaml')).report), ['src/account.ts:6 retention-exceeds-purpose']);
  });

  test('findings in the policy file itself: on its changed lines, or new policy-level findings', async () => {
    const dir = baseRepo();
    write(dir, { 'privacy-policy.yaml': POLICY.replace('  volume: { individuals: 1000, sensitiveIndividuals: 0 }\n', '') });
    const { report } = await check(dir, '--changed-since', 'main');
    assert.deepEqual(wheres(report), ['privacy-policy.yaml:12 cross-border-volume-undeclared'], 'a deleted line, and a finding on an unchanged one');
  });
});

describe('check --changed-since: errors (exit 2, one line)', () => {
  test('a ref that does not exist: which ref, and how to fetch it', async () => {
    const dir = baseRepo();
    assertOneLineError(await run(['check', '--changed-since', 'origin/main'], dir), '--changed-since origin/main', 'no such commit', 'git fetch', 'fetch-depth: 0');
    assertOneLineError(await run(['check', '--changed-since', 'no-such-branch'], dir), 'no-such-branch', 'git fetch --depth=1 origin no-such-branch');
  });

  test('not a git repository', async () => {
    const dir = tempDir();
    write(dir, { 'a.ts': ACCOUNT });
    assertOneLineError(await run(['check', '--changed-since', 'main'], dir), 'needs a git repository', 'not in one');
    assertOneLineError(await run(['check', '--changed-since', 'main', '--lang', 'zh'], dir), '需要 git 仓库');
  });

  test('usage: a value is needed, it cannot look like an option, and inventory does not take it', async () => {
    const dir = baseRepo();
    assertOneLineError(await run(['check', '--changed-since'], dir), '--changed-since needs a value');
    assertOneLineError(await run(['check', '--changed-since=-x'], dir), 'takes a git ref');
    assertOneLineError(await run(['inventory', '--changed-since', 'main'], dir), 'applies to check');
  });

  test('a shallow clone without the base: exit 2 naming the fix, and the fix works', async () => {
    const origin = baseRepo();
    git(origin, 'checkout', '-q', '-b', 'feature');
    write(origin, { 'src/account.ts': ACCOUNT.replace('identity.name purpose', 'identity.nam purpose') });
    commitAll(origin, 'typo');
    const parent = tempDir('pa-shallow-');
    git(parent, 'clone', '-q', '--depth', '1', '--branch', 'feature', pathToFileURL(origin).href, 'clone');
    const clone = path.join(parent, 'clone');
    assert.equal(git(clone, 'rev-parse', '--is-shallow-repository').trim(), 'true');

    const r = await run(['check', '--changed-since', 'origin/main'], clone);
    assertOneLineError(r, 'origin/main', 'shallow clone', 'git fetch --depth=1 origin main:refs/remotes/origin/main', 'fetch-depth: 0');
    const baseSha = git(origin, 'rev-parse', 'main').trim();
    assertOneLineError(await run(['check', '--changed-since', baseSha], clone), baseSha, 'shallow clone', `git fetch --depth=1 origin ${baseSha}`);

    // The command the message gives, as a user would paste it.
    const fetch = /(git fetch [^(]*?) \(/.exec(r.stderr)![1].split(' ');
    git(clone, ...fetch.slice(1));
    assert.equal(git(clone, 'rev-parse', '--is-shallow-repository').trim(), 'true', 'still shallow: one commit of each branch is enough');
    const { code, report } = await check(clone, '--changed-since', 'origin/main');
    assert.equal(code, 1);
    assert.deepEqual(wheres(report), ['src/account.ts:4 unknown-category']);
  });
});

describe('check --changed-since: every format honours the filter', () => {
  const SCHEMA_FILE = path.join(REPO, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');
  const { $schema: _d, id: _i, ...schema } = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  function changedRepo(): string {
    const dir = baseRepo();
    write(dir, { 'src/account.ts': ACCOUNT.replace('identity.name purpose', 'identity.nam purpose') });
    return dir;
  }

  test('SARIF is valid 2.1.0 and holds exactly the JSON report\'s findings', async () => {
    const dir = changedRepo();
    const r = await run(['check', '--changed-since', 'main', '--format', 'sarif', ...TODAY], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    assert.deepEqual(
      results.map((x) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine} ${x.ruleId}`),
      wheres((await check(dir, '--changed-since', 'main')).report),
    );
    assert.deepEqual(results.map((x) => x.ruleId), ['unknown-category']);
  });

  test('github, gitlab and text show the same findings', async () => {
    const dir = changedRepo();
    const gh = await run(['check', '--changed-since', 'main', '--format', 'github', ...TODAY], dir);
    assert.equal(gh.code, 1);
    assert.match(gh.stdout, /^::error file=src\/account\.ts,line=4,[^\n]*::[^\n]+\n$/);
    const gl = await run(['check', '--changed-since', 'main', '--format', 'gitlab', ...TODAY], dir);
    assert.equal(gl.code, 1);
    const issues = JSON.parse(gl.stdout) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
    assert.deepEqual(issues.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name}`), ['src/account.ts:4 unknown-category']);
    const text = await run(['check', '--changed-since', 'main', ...TODAY], dir);
    assert.match(text.stdout, /^src\/account\.ts\n {2}4:\d+ +error +Unknown category "identity\.nam"/);
    assert.match(text.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 info\) in changes since main; 4 files checked, 2 problems elsewhere not shown\.\n$/);
    const zh = await run(['check', '--changed-since', 'main', '--lang', 'zh', ...TODAY], dir);
    assert.match(zh.stdout, /范围：自 main 以来的改动；共检查 4 个文件，其他位置的 2 个问题未显示。\n$/);
  });

  test('--fail-on judges only the reported findings', async () => {
    const dir = baseRepo();
    write(dir, { 'src/legacy.ts': LEGACY + '/** @personalData contact.email retention=1y */\nexport const e = "";\n' });
    assert.equal((await run(['check', '--changed-since', 'main', ...TODAY], dir)).code, 0, 'a new warning only; the old error on account.ts:2 is not shown');
    assert.equal((await run(['check', '--changed-since', 'main', '--fail-on', 'warning', ...TODAY], dir)).code, 1);
  });

  test('the real bundle (dist/cli.js) in a shallow clone with the base fetched', () => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
    const dir = changedRepo();
    const r = spawnSync(process.execPath, [CLI, 'check', '--changed-since', 'main', '--format', 'json', ...TODAY], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', PRIVACY_ANNOTATIONS_LANG: '' } });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(wheres(JSON.parse(r.stdout)), ['src/account.ts:4 unknown-category']);
  });
});

describe('the diff parser', () => {
  test('hunks, renames, new and deleted files; content that looks like a header is content', () => {
    const patch = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3 +3 @@ export interface A {',
      '-  x: 1;',
      '+  x: 2;',
      '@@ -10,0 +11,2 @@',
      '++++ b/not-a-file.ts',
      '+diff --git a/x b/x',
      '@@ -20,2 +22,0 @@',
      '-gone',
      '-gone too',
      'diff --git a/old name.ts b/new name.ts',
      'similarity index 90%',
      'rename from old name.ts',
      'rename to new name.ts',
      '--- a/old name.ts',
      '+++ b/new name.ts',
      '@@ -1 +1 @@',
      '-a',
      '\\ No newline at end of file',
      '+b',
      '\\ No newline at end of file',
      'diff --git a/pure.ts b/moved.ts',
      'similarity index 100%',
      'rename from pure.ts',
      'rename to moved.ts',
      'diff --git a/gone.ts b/gone.ts',
      'deleted file mode 100644',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      'diff --git "a/t\\303\\274t \\"q\\".ts" "b/t\\303\\274t \\"q\\".ts"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/t\\303\\274t \\"q\\".ts"',
      '@@ -0,0 +1,3 @@',
      '+1',
      '+2',
      '+3',
      '',
    ].join('\n');
    const d = parseUnifiedDiff(patch);
    assert.deepEqual(
      [...d.lines].map(([f, l]) => [f, l === 'all' ? 'all' : [...l]]),
      [
        ['src/a.ts', [3, 11, 12]],
        ['new name.ts', [1]],
        ['moved.ts', []],
        ['tüt "q".ts', [1, 2, 3]],
      ],
    );
    assert.deepEqual([...d.renamedFrom], [['new name.ts', 'old name.ts'], ['moved.ts', 'pure.ts']]);
  });

  test('unquote: C escapes and octal UTF-8 bytes', () => {
    assert.equal(unquote('plain/path.ts'), 'plain/path.ts');
    assert.equal(unquote('"a\\tb\\\\c\\"d"'), 'a\tb\\c"d');
    assert.equal(unquote('"\\344\\270\\255.ts"'), '中.ts');
  });
});
