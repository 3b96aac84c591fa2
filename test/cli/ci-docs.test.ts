/**
 * docs/ci.md stays true: every `npx privacy-annotations ...` line of its code blocks is run, as the CI system would
 * run it (through sh, with the CI variables set), against a git copy of examples/demo holding a pull request (a
 * committed change and an uncommitted policy edit); each output must be valid for its format. The YAML blocks
 * must parse and say what the page promises, and the sample outputs must be what the tool prints.
 */
import { describe, test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { GIT_ENV, git } from './gitEnv';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const DOC = fs.readFileSync(path.join(REPO, 'docs', 'ci.md'), 'utf8');
const MARK = 'npx privacy-annotations';


interface Block {
  lang: string;
  body: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}
function codeBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ lang: open[1], body: body.join('\n'), line: start + 1 });
  }
  return blocks;
}
const BLOCKS = codeBlocks(DOC);

interface Command {
  /** As written, from `npx privacy-annotations` to the end of the line. */
  text: string;
  line: number;
}
function commands(): Command[] {
  const found: Command[] = [];
  for (const b of BLOCKS) {
    b.body.split('\n').forEach((l, i) => {
      const at = l.indexOf(MARK);
      if (at >= 0) found.push({ text: l.slice(at).trim(), line: b.line + 1 + i });
    });
  }
  return found;
}

// The demo as a repository "origin" (branch main) and a clone on a feature branch with the pull request of docs/ci.md.
const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});
let work = '';
let baseSha = '';
let shallow = '';
before(() => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-ci-docs-'));
  tempDirs.push(root);
  const origin = path.join(root, 'origin');
  fs.cpSync(path.join(REPO, 'examples', 'demo'), origin, { recursive: true, filter: (src) => !src.split(path.sep).includes('node_modules') });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'Lotus Mall');
  baseSha = git(origin, 'rev-parse', 'HEAD').trim();
  git(root, 'clone', '-q', pathToFileURL(origin).href, 'work');
  work = path.join(root, 'work');
  git(work, 'checkout', '-q', '-b', 'backup-email');
  const customer = path.join(work, 'src', 'customer.ts');
  const text = fs.readFileSync(customer, 'utf8');
  assert.ok(text.includes('  createdAt: Date;\n}\n'));
  fs.writeFileSync(customer, text.replace('  createdAt: Date;\n}\n', '  createdAt: Date;\n  /** @personalData contact.email purpose=marketing retention=9y */\n  backupEmail?: string;\n}\n'));
  git(work, 'commit', '-q', '-am', 'Backup email');
  // The branch also has the policy commit on origin, for the shallow clone below.
  git(origin, 'fetch', '-q', work, 'backup-email:backup-email');
  const policy = path.join(work, 'privacy-policy.yaml');
  const p = fs.readFileSync(policy, 'utf8');
  const narrowed = p.replace('    categories: [account.id, online.activity, device.*]\n', '    categories: [account.id, online.activity]\n');
  assert.notEqual(narrowed, p, 'the demo policy still has the analytics purpose the page narrows');
  fs.writeFileSync(policy, narrowed);
  git(root, 'clone', '-q', '--depth', '1', '--branch', 'backup-email', pathToFileURL(origin).href, 'shallow');
  shallow = path.join(root, 'shallow');
});

/** What CI provides, for a pull request or merge request into main. */
function ciEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...GIT_ENV, LANG: 'C.UTF-8', BASE_REF: 'main', GITHUB_BASE_REF: 'main', CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha, CI_DEFAULT_BRANCH: 'main', ...extra };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'PRIVACY_ANNOTATIONS_LANG', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  return env;
}

/** Runs a documented command line through sh, with the real bundle in place of npx. */
function runDocumented(cmd: string, env: NodeJS.ProcessEnv, cwd = work) {
  const line = cmd.replace(/\$\{\{\s*github\.base_ref\s*\}\}/g, 'main').replace(MARK, `node ${JSON.stringify(CLI)}`);
  const r = spawnSync('sh', ['-c', line], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, line };
}

function option(cmd: string, name: string): string | undefined {
  const m = new RegExp(`${name}[ =]("[^"]*"|\\S+)`).exec(cmd);
  return m ? m[1].replace(/^"|"$/g, '') : undefined;
}

const { $schema: _d, id: _i, ...sarifSchema } = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const WORKFLOW_COMMAND = /^::(error|warning|notice) ([A-Za-z]+=[^,:]*(?:,[A-Za-z]+=[^,:]*)*)::(.+)$/;

/** Checks one output against its format; returns the number of findings in it. */
function assertValid(format: string, output: string, what: string): number {
  switch (format) {
    case 'sarif': {
      const log = JSON.parse(output) as { runs: { results: unknown[] }[] };
      assert.ok(validateSarif(JSON.parse(output)), `${what}: not valid SARIF 2.1.0: ${JSON.stringify(validateSarif.errors?.slice(0, 5))}`);
      return log.runs[0].results.length;
    }
    case 'github': {
      const lines = output.split('\n').filter(Boolean);
      for (const l of lines) {
        const m = WORKFLOW_COMMAND.exec(l);
        assert.ok(m, `${what}: not a workflow command: ${l}`);
        const props = Object.fromEntries(m[2].split(',').map((kv) => kv.split('=')));
        assert.ok(fs.existsSync(path.join(work, decodeURIComponent(props.file))), `${what}: ${props.file} exists`);
        for (const k of ['line', 'col', 'endLine', 'endColumn']) assert.match(props[k], /^[1-9]\d*$/, `${what}: ${k}`);
        assert.match(props.title, /^privacy\/[a-z-]+$/);
      }
      return lines.length;
    }
    case 'gitlab': {
      const issues = JSON.parse(output) as Record<string, any>[];
      assert.ok(Array.isArray(issues), what);
      for (const i of issues) {
        assert.deepEqual(Object.keys(i), ['description', 'check_name', 'fingerprint', 'severity', 'location'], what);
        assert.ok(typeof i.description === 'string' && i.description.length > 0);
        assert.match(i.check_name, /^[a-z-]+$/);
        assert.match(i.fingerprint, /^[0-9a-f]{40}$/);
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity));
        assert.ok(fs.existsSync(path.join(work, i.location.path)), `${what}: ${i.location.path} exists`);
        assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
      }
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, `${what}: unique fingerprints`);
      return issues.length;
    }
    case 'json': {
      const r = JSON.parse(output) as { findings: unknown[] };
      assert.deepEqual(Object.keys(r), ['version', 'policies', 'filesChecked', 'findings'], what);
      return r.findings.length;
    }
    default: {
      assert.match(output, /(✖ \d+ problems?|✔ No problems) [^\n]*checked[^\n]*\.\n$/, `${what}: the text report ends with its summary`);
      return (output.match(/^ {2}\d+:\d+ /gm) ?? []).length;
    }
  }
}

// The commands are shell lines (as CI runs them); sh is not a given on Windows.
describe('docs/ci.md', { skip: process.platform === 'win32' ? 'runs the documented commands through sh' : false }, () => {
  const cmds = commands();

  test('has the documented command lines, in every output format and with --changed-since', () => {
    assert.ok(cmds.length >= 8, `found ${cmds.length} lines with "${MARK}"`);
    const formats = new Set(cmds.map((c) => option(c.text, '--format') ?? 'text'));
    for (const f of ['sarif', 'github', 'gitlab', 'text']) assert.ok(formats.has(f), `a command with --format ${f}`);
    assert.ok(cmds.some((c) => c.text.includes('--changed-since "origin/$BASE_REF"') && c.text.includes('--format sarif')), 'the SARIF workflow checks pull requests with --changed-since');
    assert.ok(cmds.some((c) => c.text.includes('--changed-since HEAD')), 'the pre-commit hook');
    assert.ok(/^> \*\*中文摘要\*\*/m.test(DOC.split('\n').slice(0, 4).join('\n')), 'a Chinese summary at the top');
  });

  test('every command runs against the demo pull request and prints valid output for its format', () => {
    for (const c of cmds) {
      const envs = c.text.includes('CI_MERGE_REQUEST_DIFF_BASE_SHA') ? [ciEnv(), ciEnv({ CI_MERGE_REQUEST_DIFF_BASE_SHA: '' })] : [ciEnv()];
      for (const env of envs) {
        const what = `docs/ci.md:${c.line} (${c.text})${env.CI_MERGE_REQUEST_DIFF_BASE_SHA ? '' : ' outside a merge request'}`;
        const r = runDocumented(c.text, env);
        assert.ok(r.code === 0 || r.code === 1, `${what}: exit code ${r.code}\n${r.stderr}`);
        assert.ok(!/^privacy-annotations: /m.test(r.stderr), `${what}: ${r.stderr}`);
        const format = option(c.text, '--format') ?? 'text';
        const output = option(c.text, '--output');
        const text = output ? fs.readFileSync(path.join(work, output), 'utf8') : r.stdout;
        if (output) assert.equal(r.stdout, '', `${what}: nothing on stdout with --output`);
        const n = assertValid(format, text, what);
        assert.ok(n > 0, `${what}: the pull request has findings, so the report should too`);
        if (option(c.text, '--fail-on') === 'never') assert.equal(r.code, 0, what);
        else assert.equal(r.code, 1, `${what}: errors among the findings`);
        if (output) fs.rmSync(path.join(work, output));
      }
    }
  });

  test('in pull-request mode the commands report the pull request\'s two findings, not the demo\'s older ones', () => {
    const pr = cmds.find((c) => c.text.includes('--format github'))!;
    const r = runDocumented(pr.text, ciEnv());
    assert.deepEqual(
      r.stdout.split('\n').filter(Boolean).map((l) => /file=([^,]+),line=(\d+),.*title=privacy\/([a-z-]+)/.exec(l)!.slice(1).join(':')),
      ['src/analytics.ts:5:category-not-allowed-for-purpose', 'src/customer.ts:39:retention-exceeds-purpose'],
    );
  });

  test('the YAML blocks parse, and the workflows and jobs have what the page says', () => {
    const yamls = BLOCKS.filter((b) => b.lang === 'yaml').map((b) => ({ b, doc: parseYaml(b.body) as Record<string, any> }));
    assert.equal(yamls.length, 4, 'two GitHub workflows, a GitLab job, a pre-commit config');
    const workflows = yamls.filter((y) => y.doc.jobs);
    assert.equal(workflows.length, 2);
    for (const { doc } of workflows) {
      const steps = Object.values(doc.jobs as Record<string, { steps: Record<string, any>[] }>)[0].steps;
      const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'));
      assert.equal(checkout?.with?.['fetch-depth'], 0, 'fetch-depth: 0');
      assert.ok(steps.some((s) => String(s.run).includes('--changed-since "origin/$BASE_REF"') && s.env?.BASE_REF === '${{ github.base_ref }}'));
    }
    const sarif = workflows.find(({ doc }) => JSON.stringify(doc).includes('upload-sarif'))!.doc;
    const upload = Object.values(sarif.jobs as Record<string, { steps: Record<string, any>[] }>)[0].steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with.sarif_file, 'privacy.sarif');
    assert.equal(sarif.permissions['security-events'], 'write');
    const gitlab = yamls.find(({ doc }) => doc['privacy-annotations'])!.doc['privacy-annotations'];
    assert.equal(gitlab.artifacts.reports.codequality, 'gl-code-quality-report.json');
    assert.ok((gitlab.script as string[]).some((s) => s.includes('--format gitlab --output gl-code-quality-report.json')));
    const preCommit = yamls.find(({ doc }) => doc.repos)!.doc;
    assert.equal(preCommit.repos[0].repo, 'local');
    assert.equal(preCommit.repos[0].hooks[0].pass_filenames, false);
    for (const f of ['src/a.ts', 'web/x.tsx', 'privacy-policy.yaml', 'pkg/privacy-policy.json']) assert.match(f, new RegExp(preCommit.repos[0].hooks[0].files));
    assert.doesNotMatch('README.md', new RegExp(preCommit.repos[0].hooks[0].files));
  });

  test('the sample outputs are what the tool prints for the demo pull request', () => {
    const text = BLOCKS.find((b) => b.body.startsWith(`$ ${MARK} check --changed-since origin/main\n`))!;
    const [shown, ...expectedLines] = text.body.split('\n');
    const r = runDocumented(shown.slice(2), ciEnv());
    const real = r.stdout.trimEnd().split('\n');
    // Findings: file headers, position, severity and rule exactly; the summary's counts.
    const shape = (lines: string[]) => lines.map((l) => (/^ {2}\d+:\d+ /.test(l) ? l.replace(/^( {2}\S+\s+\S+)\s.*?\s{2}([a-z-]+)(\s{2}[^\n]*)?$/, '$1 $2') : l.replace(/; \d+ problems elsewhere.*$/, '')));
    assert.deepEqual(shape(expectedLines), shape(real), 'docs/ci.md\'s example output is stale: rerun the example and paste it');

    const gh = BLOCKS.find((b) => b.body.startsWith('::error file=src/analytics.ts'))!;
    const ghReal = runDocumented(`${MARK} check --changed-since origin/main --format github`, ciEnv()).stdout.trimEnd();
    assert.deepEqual(gh.body.split('\n').map((l) => l.split('::').slice(0, 2).join('::')), ghReal.split('\n').map((l) => l.split('::').slice(0, 2).join('::')));

    const glSample = BLOCKS.find((b) => b.lang === 'json' && b.body.includes('"check_name"'))!;
    const sample = JSON.parse(glSample.body) as Record<string, unknown>;
    const glReal = JSON.parse(runDocumented(`${MARK} check --changed-since origin/main --format gitlab`, ciEnv()).stdout) as Record<string, unknown>[];
    const same = glReal.find((i) => i.fingerprint === sample.fingerprint);
    assert.ok(same, `the sample's fingerprint ${sample.fingerprint} is among the real ones`);
    assert.deepEqual({ ...same, description: '' }, { ...sample, description: '' });
  });

  test('the shallow-clone message shown is the one printed', () => {
    const block = BLOCKS.find((b) => b.body.startsWith('privacy-annotations: --changed-since origin/main'))!;
    const r = runDocumented(`${MARK} check --changed-since origin/main`, ciEnv(), shallow);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trimEnd(), block.body);
  });
});
