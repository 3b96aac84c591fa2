/**
 * --format gitlab: GitLab's Code Quality report (artifacts:reports:codequality). The documented fields, the
 * severity mapping, and fingerprints that survive unrelated edits but tell findings apart.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { formatGitlab, GITLAB_SEVERITY, type CodeQualityIssue } from '../../server/src/cli/formats/gitlab';
import type { CheckReport, ReportFinding } from '../../server/src/cli/report';

const REPO = path.resolve(__dirname, '../../..');

function finding(over: Partial<ReportFinding>): ReportFinding {
  return {
    file: 'src/a.ts',
    line: 2,
    column: 20,
    endLine: 2,
    endColumn: 32,
    rule: 'unknown-category',
    severity: 'error',
    message: 'Unknown category "contact.phon".',
    citations: [],
    ...over,
  };
}

function report(findings: ReportFinding[]): CheckReport {
  return { version: 1, policies: [], filesChecked: 1, findings, skipped: [], withoutPolicy: 0 };
}

function issues(findings: ReportFinding[], files: Record<string, string>, lang: 'en' | 'zh' = 'en'): CodeQualityIssue[] {
  return JSON.parse(formatGitlab(report(findings), lang, '/nowhere', (f) => files[f]?.split('\n'))) as CodeQualityIssue[];
}

const A = 'export interface A {\n  /** @personalData contact.phon */\n  phone: string;\n}\n';

describe('--format gitlab', () => {
  test('an array of issues with exactly the Code Quality fields', () => {
    const [issue] = issues([finding({ citations: [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }] })], { 'src/a.ts': A });
    assert.deepEqual(Object.keys(issue), ['description', 'check_name', 'fingerprint', 'severity', 'location']);
    assert.equal(issue.description, 'Unknown category "contact.phon". (PIPL Art. 28, 29)');
    assert.equal(issue.check_name, 'unknown-category');
    assert.match(issue.fingerprint, /^[0-9a-f]{40}$/);
    assert.equal(issue.severity, 'major');
    assert.deepEqual(issue.location, { path: 'src/a.ts', lines: { begin: 2 } });
  });

  test('no findings: an empty array (GitLab accepts it, and it clears old issues)', () => {
    assert.equal(formatGitlab(report([]), 'en', '/nowhere'), '[]\n');
  });

  test('severity: error -> major, warning -> minor, info -> info', () => {
    assert.deepEqual(GITLAB_SEVERITY, { error: 'major', warning: 'minor', info: 'info' });
    const got = issues([finding({ severity: 'error' }), finding({ severity: 'warning', rule: 'missing-purpose' }), finding({ severity: 'info', rule: 'cross-border-domestic-destination' })], { 'src/a.ts': A });
    assert.deepEqual(got.map((i) => i.severity), ['major', 'minor', 'info']);
  });

  test('Chinese descriptions with --lang zh', () => {
    const [issue] = issues([finding({ message: '未知类别', citations: [{ law: 'PIPL', article: 28 }] })], { 'src/a.ts': A }, 'zh');
    assert.match(issue.description, /^未知类别 \(.*第二十八条.*\)$|^未知类别 \(.*28.*\)$/);
  });

  test('the fingerprint survives lines inserted above and a changed message, not a changed line', () => {
    const before = issues([finding({ line: 2 })], { 'src/a.ts': A })[0].fingerprint;
    const shifted = issues([finding({ line: 5, endLine: 5, message: 'Reworded.' })], { 'src/a.ts': '// one\n// two\n// three\n' + A })[0].fingerprint;
    assert.equal(shifted, before, 'same rule, file and line text');
    const indented = issues([finding({ line: 2, column: 24, endColumn: 36 })], { 'src/a.ts': A.replace('  /**', '      /**') })[0].fingerprint;
    assert.equal(indented, before, 'the line text is trimmed');
    const edited = issues([finding({ line: 2 })], { 'src/a.ts': A.replace('contact.phon', 'contact.phon purpose=x') })[0].fingerprint;
    assert.notEqual(edited, before);
    assert.notEqual(issues([finding({ line: 2, rule: 'other-rule' })], { 'src/a.ts': A })[0].fingerprint, before);
    assert.notEqual(issues([finding({ line: 2, file: 'src/b.ts' })], { 'src/b.ts': A })[0].fingerprint, before);
  });

  test('findings that would share a fingerprint get distinct ones: the flagged text, then a counter', () => {
    const text = 'export interface A {\n  /** @personalData contact.phon, contact.emial */\n  a: string;\n  /** @personalData contact.phon, contact.emial */\n  b: string;\n}\n';
    const got = issues(
      [finding({ line: 2, column: 21, endColumn: 33 }), finding({ line: 2, column: 35, endColumn: 48 }), finding({ line: 4, column: 21, endColumn: 33 }), finding({ line: 4, column: 35, endColumn: 48 })],
      { 'src/a.ts': text },
    );
    assert.equal(new Set(got.map((i) => i.fingerprint)).size, 4);
  });

  test('a file that cannot be read still gets a fingerprint (from rule, file, line and message)', () => {
    const [issue] = issues([finding({ file: 'gone.ts' })], {});
    assert.match(issue.fingerprint, /^[0-9a-f]{40}$/);
  });

  test('the demo: every finding of the JSON report, unique fingerprints, exit code as for other formats', async () => {
    const out = async (format: string) => {
      let stdout = '';
      const code = await main(['check', 'examples/demo', '--format', format, '--today', '2026-11-28'], { cwd: REPO, env: { LANG: 'C.UTF-8' }, stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false });
      return { code, stdout };
    };
    const gl = await out('gitlab');
    const json = await out('json');
    assert.equal(gl.code, 1);
    const got = JSON.parse(gl.stdout) as CodeQualityIssue[];
    const findings = (JSON.parse(json.stdout) as { findings: ReportFinding[] }).findings;
    assert.deepEqual(got.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name}`), findings.map((f) => `${f.file}:${f.line} ${f.rule}`));
    assert.equal(new Set(got.map((i) => i.fingerprint)).size, got.length, 'fingerprints are unique');
    for (const i of got) {
      assert.ok(i.location.path.startsWith('examples/demo/'), i.location.path);
      assert.ok(['info', 'minor', 'major'].includes(i.severity));
      assert.ok(i.description.length > 10);
    }
    assert.equal((await out('gitlab')).stdout, gl.stdout, 'the same input gives the same report');
  });
});
