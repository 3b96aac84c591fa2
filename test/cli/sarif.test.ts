/**
 * --format sarif: valid against the official OASIS SARIF 2.1.0 schema (vendored under test/fixtures/sarif/),
 * with a rule for every result, help links to the rule docs, and regions that match the JSON report.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { main } from '../../server/src/cli/main';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TODAY = ['--today', '2026-11-28'];
const SCHEMA_FILE = path.join(REPO, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

async function run(args: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { LANG: 'C.UTF-8' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

/**
 * The OASIS schema declares draft-04 ("$schema" and "id"), which Ajv 8 does not ship a meta-schema for.
 * It uses no keyword whose meaning changed after draft-04 (no exclusiveMinimum/Maximum), so it is compiled
 * as is with those two header fields left out: all its refs are local ("#/definitions/...").
 */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  assert.equal(schema.title, 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
  assert.ok(!JSON.stringify(schema).includes('exclusiveM'), 'no draft-04-only keyword semantics');
  const { $schema: _draft, id: _id, ...body } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(body);
}
const validate = sarifValidator();

function assertValid(log: unknown, what: string): void {
  const ok = validate(log);
  assert.ok(ok, `${what} is not valid SARIF 2.1.0:\n${JSON.stringify(validate.errors?.slice(0, 10), null, 2)}`);
}

type Sarif = any;

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

let demo: { code: number | null; log: Sarif; stderr: string } | undefined;
/** The real bundle's SARIF for the demo, as uploaded by a code-scanning workflow. */
function demoSarif() {
  if (!demo) {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
    const r = spawnSync(process.execPath, [CLI, 'check', 'examples/demo', '--format', 'sarif', ...TODAY], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', PRIVACY_ANNOTATIONS_LANG: '' } });
    demo = { code: r.status, log: JSON.parse(r.stdout), stderr: r.stderr };
  }
  return demo;
}

describe('--format sarif', () => {
  test('the validator rejects what is not SARIF (guards against a schema that accepts anything)', () => {
    assert.equal(validate({ version: '2.1.0' }), false, 'runs is required');
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
    const log = structuredClone(demoSarif().log);
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
    const log2 = structuredClone(demoSarif().log);
    log2.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(log2), false);
  });

  test('the demo report is valid SARIF 2.1.0, exit code 1', () => {
    const { code, log, stderr } = demoSarif();
    assert.equal(code, 1, stderr);
    assertValid(log, 'the demo SARIF');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].tool.driver.name, 'privacy-annotations');
  });

  test('every result names a rule of tool.driver.rules, by id and by index', () => {
    const run0 = demoSarif().log.runs[0];
    const rules: { id: string }[] = run0.tool.driver.rules;
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    assert.ok(run0.results.length > 0);
    for (const r of run0.results) {
      assert.ok(ids.includes(r.ruleId), `${r.ruleId} is not in tool.driver.rules`);
      assert.equal(rules[r.ruleIndex]?.id, r.ruleId, `ruleIndex of ${r.ruleId}`);
    }
  });

  test('every rule has a helpUri to docs/rules/<id>.md, and that doc exists in the repo', () => {
    const rules: { id: string; helpUri: string; shortDescription: { text: string } }[] = demoSarif().log.runs[0].tool.driver.rules;
    assert.ok(rules.length >= 20, `${rules.length} rules`);
    const missing: string[] = [];
    for (const rule of rules) {
      assert.match(rule.helpUri, /^https:\/\//, rule.id);
      assert.ok(rule.helpUri.endsWith(`docs/rules/${rule.id}.md`), `${rule.id}: ${rule.helpUri}`);
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      if (!fs.existsSync(path.join(REPO, 'docs', 'rules', `${rule.id}.md`))) missing.push(`docs/rules/${rule.id}.md`);
    }
    assert.deepEqual(missing, [], 'rule docs linked from SARIF but missing from the repo');
  });

  test('results carry the same positions, levels and files as the JSON report', async () => {
    const log = demoSarif().log;
    const json = JSON.parse((await run(['check', 'examples/demo', '--format', 'json', ...TODAY])).stdout);
    const results = log.runs[0].results;
    assert.equal(results.length, json.findings.length);
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    results.forEach((r: Sarif, i: number) => {
      const f = json.findings[i];
      const loc = r.locations[0].physicalLocation;
      assert.equal(r.ruleId, f.rule);
      assert.equal(r.level, level[f.severity], `${f.file}:${f.line} ${f.rule}`);
      assert.equal(loc.artifactLocation.uri, f.file);
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(loc.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      assert.ok(r.message.text.startsWith(f.message), `${f.file}:${f.line} message`);
    });
    const sensitive = results.find((r: Sarif) => r.ruleId === 'sensitive-needs-separate-consent');
    assert.ok(sensitive.message.text.endsWith('(PIPL Art. 28, 29)'), sensitive.message.text);
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri as string;
    assert.ok(base.startsWith('file://') && base.endsWith('/'), base);
  });

  test('--lang zh SARIF is valid too, with Chinese messages', async () => {
    const r = await run(['check', 'examples/demo', '--format', 'sarif', '--lang', 'zh', ...TODAY]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assertValid(log, 'the Chinese SARIF');
    assert.ok(log.runs[0].results.some((x: Sarif) => x.message.text.includes('单独同意')));
  });

  test('no findings: still valid, with an empty results array; exit 0', async () => {
    const r = await run(['check', 'test/fixtures/cli/clean', '--format', 'sarif', ...TODAY]);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout);
    assertValid(log, 'an empty SARIF');
    assert.deepEqual(log.runs[0].results, []);
  });

  test('skipped files become notifications and the log stays valid', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-sarif-'));
    tempDirs.push(dir);
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'a b.ts'), '/**\n * @crossBorder CN\n */\nexport function f() {}\n');
    fs.writeFileSync(path.join(dir, 'big.ts'), '// padding\n' + 'x'.repeat(2 * 1024 * 1024 + 1));
    const r = await run(['check', '.', '--format', 'sarif', ...TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assertValid(log, 'SARIF with a skipped file');
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    assert.equal(notes.length, 1, JSON.stringify(notes));
    assert.equal(notes[0].locations[0].physicalLocation.artifactLocation.uri, 'big.ts');
    assert.match(notes[0].message.text, /MB/);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/a%20b.ts');
  });

  test('file names with URI delimiters (# ? %) are percent-encoded, so the uri still names the file', async () => {
    // Regression: with encodeURI, "#" and "?" stayed as they were, so "src/v#2.ts" became a uri whose path is "src/v"
    // and whose fragment is "2.ts".
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-sarif-'));
    tempDirs.push(dir);
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'v#2 50%.ts'), '/**\n * @crossBorder CN\n */\nexport function f() {}\n');
    const r = await run(['check', '.', '--format', 'sarif', ...TODAY], dir);
    const log = JSON.parse(r.stdout);
    assertValid(log, 'SARIF for an odd file name');
    const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    const resolved = new URL(uri, 'file:///root/');
    assert.equal(resolved.hash, '', `no fragment in ${uri}`);
    assert.equal(decodeURIComponent(resolved.pathname), '/root/src/v#2 50%.ts');
  });

  test('--output report.sarif writes the log and nothing to stdout', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-sarif-'));
    tempDirs.push(dir);
    const out = path.join(dir, 'report.sarif');
    const r = await run(['check', 'examples/demo', '--format', 'sarif', '--output', out, ...TODAY]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertValid(JSON.parse(fs.readFileSync(out, 'utf8')), 'the SARIF file');
  });
});
