/** The policy file: schema and meaning, each problem placed at the offending key. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzePolicy, findNearestPolicy, loadPolicy, PolicyCache, readPolicyFile, LineIndex } from '../../server/src/engine/index';
import { REPO_ROOT } from '../helpers';

/** Each problem as "line:col text-at-span message" (1-based), for readable assertions. */
function problems(text: string) {
  const loaded = loadPolicy(text, '/p/privacy-policy.yaml');
  const index = new LineIndex(text);
  return {
    usable: loaded.policy !== undefined,
    list: loaded.problems.map((p) => {
      const pos = index.positionAt(p.span.start);
      return { at: `${pos.line + 1}:${pos.character + 1}`, text: text.slice(p.span.start, p.span.end), message: p.message.en, zh: p.message.zh };
    }),
  };
}

describe('policy loading', () => {
  test('the demo policy loads with no problem', () => {
    const file = path.join(REPO_ROOT, 'examples/demo/privacy-policy.yaml');
    const r = readPolicyFile(file);
    assert.deepEqual(r.problems, []);
    assert.ok(r.policy);
    assert.ok(r.policy.purposes.has('account'));
    assert.equal(r.policy.crossBorder.destinations.get('SG')?.mechanism, 'standard-contract');
  });

  test('an empty file is an empty policy, every section optional', () => {
    const r = problems('');
    assert.equal(r.usable, true);
    assert.deepEqual(r.list, []);
  });

  test('YAML syntax errors are placed where the parser stopped; no policy results', () => {
    const r = problems('version: 1\npurposes:\n  account: { basis: contract\n');
    assert.equal(r.usable, false);
    assert.ok(r.list.length >= 1);
    assert.match(r.list[0].message, /YAML syntax error/);
    assert.match(r.list[0].zh, /YAML 语法错误/);
  });

  test('an unknown key is an error at that key, with its line and column', () => {
    const r = problems('version: 1\npurposes:\n  account:\n    basis: contract\n    retain: 3y\n');
    assert.equal(r.usable, false);
    assert.deepEqual(r.list.map((p) => [p.at, p.text]), [['5:5', 'retain']]);
    assert.match(r.list[0].message, /Unknown key "retain" in purposes\.account/);
  });

  test('an unknown top-level key', () => {
    const r = problems('version: 1\nhandlr: Acme\n');
    assert.deepEqual(r.list.map((p) => [p.at, p.text]), [['2:1', 'handlr']]);
  });

  test('wrong types and values point at the value', () => {
    const r = problems('ciio: "no"\npurposes:\n  a: { basis: permission, retention: forever }\ncrossBorder:\n  volume: { individuals: -5 }\n  destinations:\n    SG: { mechanism: contract, validUntil: 1 March 2027 }\nrules: { missing-retention: fatal }\n');
    assert.equal(r.usable, false);
    const byText = Object.fromEntries(r.list.map((p) => [p.text, p.message]));
    assert.match(byText['"no"'], /ciio must be of type boolean/);
    assert.match(byText['permission'], /purposes\.a\.basis must be one of/);
    assert.match(byText['forever'], /duration such as 30d/);
    assert.match(byText['-5'], /0 or more/);
    assert.match(byText['contract'], /must be one of/);
    assert.match(byText['1 March 2027'], /YYYY-MM-DD/);
    assert.match(byText['fatal'], /must be one of: "error", "warning", "info", "off"/);
  });

  test('duplicate keys are syntax errors', () => {
    const r = problems('version: 1\nversion: 1\n');
    assert.equal(r.usable, false);
    assert.match(r.list[0].message, /[Dd]uplicate|unique/);
  });

  test('JSON policies are read the same way', () => {
    const r = problems('{ "version": 1, "purposes": { "a": { "basis": "contract", "retension": "3y" } } }');
    assert.deepEqual(r.list.map((p) => p.text), ['"retension"']);
  });

  test('alias bombs are refused, not expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const started = Date.now();
    const r = problems(bomb.join('\n') + '\n');
    assert.equal(r.usable, false);
    assert.ok(Date.now() - started < 2000);
  });

  test('semantic problems keep the policy usable and point at the offending entry', () => {
    const text = [
      'categories:',
      '  allow: [identity.*, contact.phon]',
      '  custom:',
      '    contact.phone: { label: Phone }',
      'purposes:',
      '  a: { categories: [helth.*] }',
      'crossBorder:',
      '  volume: { individuals: 1 }',
      '  destinations:',
      '    warehouse: { mechanism: standard-contract }',
      '    SG: { mechanism: standard-contract, validUntil: 2027-02-30, exemption: hr }',
      '    eu: { country: XX }',
      'rules:',
      '  missing-retension: error',
      '',
    ].join('\n');
    const r = problems(text);
    assert.equal(r.usable, true);
    const got = r.list.map((p) => [p.at, p.text]);
    assert.deepEqual(got, [
      ['2:23', 'contact.phon'],
      ['4:5', 'contact.phone'],
      ['6:21', 'helth.*'],
      ['10:5', 'warehouse'],
      ['11:53', '2027-02-30'],
      ['11:76', 'hr'],
      ['12:20', 'XX'],
      ['14:3', 'missing-retension'],
    ]);
    assert.match(r.list[0].message, /Did you mean contact\.phone/);
    assert.match(r.list[7].message, /Did you mean missing-retention/);
  });

  test('policy problems become policy-invalid findings on the policy file', () => {
    const text = 'version: 1\nhandlr: Acme\n';
    const findings = analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, text.slice(f.span.start, f.span.end)]), [['policy-invalid', 'error', 'handlr']]);
  });

  test('a policy that is a directory or unreadable is reported, never thrown', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-policy-'));
    const asDir = path.join(dir, 'privacy-policy.yaml');
    fs.mkdirSync(asDir);
    const r = readPolicyFile(asDir);
    assert.equal(r.policy, undefined);
    assert.match(r.problems[0].message.en, /is a directory/);
    const missing = readPolicyFile(path.join(dir, 'nope.yaml'));
    assert.match(missing.problems[0].message.en, /cannot be read \(ENOENT\)/);
  });

  test('a byte-order mark does not break the policy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-bom-'));
    const file = path.join(dir, 'privacy-policy.yaml');
    fs.writeFileSync(file, '\ufeffversion: 1\nhandler: Acme\n');
    assert.equal(readPolicyFile(file).policy?.handler, 'Acme');
  });
});

describe('nearest policy discovery', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-discover-'));
  const write = (rel: string, text = 'version: 1\n') => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('privacy-policy.yaml');
  write('packages/shop/privacy-policy.yml');
  write('packages/admin/config/privacy-policy.json', '{}');
  write('packages/shop/src/deep/x.ts', '');
  write('packages/admin/src/x.ts', '');
  fs.mkdirSync(path.join(root, 'packages/odd/privacy-policy.yaml'), { recursive: true });

  test('the nearest file walking up wins', () => {
    assert.equal(findNearestPolicy(path.join(root, 'packages/shop/src/deep')), path.join(root, 'packages/shop/privacy-policy.yml'));
    assert.equal(findNearestPolicy(path.join(root, 'packages/admin/src')), path.join(root, 'privacy-policy.yaml'));
    assert.equal(findNearestPolicy(path.join(root, 'packages/admin/config')), path.join(root, 'packages/admin/config/privacy-policy.json'));
  });

  test('stops at a boundary when given one', () => {
    assert.equal(findNearestPolicy(path.join(root, 'packages/admin/src'), path.join(root, 'packages')), undefined);
  });

  test('a run\'s cache gives every file the same answer as a fresh search, nested repositories included', () => {
    write('packages/vendored/.git/HEAD', 'ref: refs/heads/main\n');
    write('packages/vendored/src/y.ts', '');
    const cache = new PolicyCache();
    // Deepest first, then siblings and ancestors, so answers remembered on the way up are reused.
    for (const rel of ['packages/shop/src/deep/x.ts', 'packages/shop/src/x.ts', 'packages/admin/src/x.ts', 'packages/admin/config/x.ts', 'packages/vendored/src/y.ts', 'packages/vendored/y.ts', 'x.ts']) {
      const file = path.join(root, rel);
      assert.equal(cache.policyFileFor(file), findNearestPolicy(path.dirname(file)), rel);
    }
    assert.equal(cache.policyFileFor(path.join(root, 'packages/vendored/src/y.ts')), undefined, 'a nested repository does not take the outer policy');
  });
});
