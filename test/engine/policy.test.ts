/** The policy file: schema and meaning, each problem placed at the offending key. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzePolicy, findNearestPolicy, loadPolicy, MAX_POLICY_BYTES, PolicyCache, readPolicyFile, LineIndex } from '../../server/src/engine/index';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { REPO_ROOT } from '../helpers';
import { MemoryHost } from '../memoryHost';

/** Each problem as "line:col text-at-span message" (1-based), for readable assertions. */
/** The policy's problems as the user sees them: policy-invalid findings on the file. */
function problems(text: string) {
  const loaded = loadPolicy(text, '/p/privacy-policy.yaml');
  const index = new LineIndex(text);
  return {
    usable: loaded.policy !== undefined,
    list: analyzePolicy(loaded, text).filter((f) => f.rule === 'policy-invalid').map((p) => {
      const pos = index.positionAt(p.span.start);
      return { at: `${pos.line + 1}:${pos.character + 1}`, text: text.slice(p.span.start, p.span.end), message: p.message.en, zh: p.message.zh };
    }),
  };
}

describe('policy loading', () => {
  test('the demo policy loads with no problem', () => {
    const file = path.join(REPO_ROOT, 'examples/demo/privacy-policy.yaml');
    const r = readPolicyFile(nodeHost, file);
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

  test('a policy that is a directory, missing, unreadable or too large is reported in both languages, never thrown', () => {
    const host = new MemoryHost({
      '/dir/privacy-policy.yaml/': '',
      '/locked/privacy-policy.yaml': 'version: 1\n',
      '/big/privacy-policy.yaml': `version: 1\n# ${'x'.repeat(MAX_POLICY_BYTES)}\n`,
    }).refuse('/locked/privacy-policy.yaml', 'EACCES');
    const message = (file: string) => {
      const r = readPolicyFile(host, file);
      assert.equal(r.policy, undefined, file);
      assert.equal(r.readError, r.problems[0].message.en);
      return `${r.problems[0].message.en} | ${r.problems[0].message.zh}`;
    };
    assert.match(message('/dir/privacy-policy.yaml'), /^\/dir\/privacy-policy\.yaml is a directory, not a policy file\. \| .*是目录/);
    assert.match(message('/nope/privacy-policy.yaml'), /cannot be read \(ENOENT\)\. \| 无法读取 .*（ENOENT）/);
    assert.match(message('/locked/privacy-policy.yaml'), /cannot be read \(EACCES\)\. \| 无法读取 .*（EACCES）/);
    assert.match(message('/big/privacy-policy.yaml'), /is larger than 1024 KiB.* \| .*超过 1024 KiB/);
  });

  test('a byte-order mark does not break the policy, and the text read (positions are counted in it) leaves it out', () => {
    const host = new MemoryHost({ '/p/privacy-policy.yaml': '\ufeffversion: 1\nhandler: Acme\n' });
    const r = readPolicyFile(host, '/p/privacy-policy.yaml');
    assert.equal(r.policy?.handler, 'Acme');
    assert.equal(r.text, 'version: 1\nhandler: Acme\n');
  });
});

describe('nearest policy discovery', () => {
  const root = '/work/repo';
  const host = new MemoryHost(
    {
      'privacy-policy.yaml': 'version: 1\n',
      'packages/shop/privacy-policy.yml': 'version: 1\n',
      'packages/admin/config/privacy-policy.json': '{}',
      'packages/shop/src/deep/x.ts': '',
      'packages/admin/src/x.ts': '',
      'packages/odd/privacy-policy.yaml/': '',
      'packages/vendored/.git/HEAD': 'ref: refs/heads/main\n',
      'packages/vendored/src/y.ts': '',
      'packages/linked/src/z.ts': '',
    },
    root,
  );
  // A link that leads nowhere is not a policy: discovery goes on upwards.
  host.link(path.join(root, 'packages/linked/privacy-policy.yaml'), 'gone.yaml');
  const findNearest = (dir: string, stopAt?: string) => findNearestPolicy(host, path.join(root, dir), stopAt && path.join(root, stopAt));

  test('the nearest file walking up wins', () => {
    assert.equal(findNearest('packages/shop/src/deep'), path.join(root, 'packages/shop/privacy-policy.yml'));
    assert.equal(findNearest('packages/admin/src'), path.join(root, 'privacy-policy.yaml'));
    assert.equal(findNearest('packages/admin/config'), path.join(root, 'packages/admin/config/privacy-policy.json'));
    assert.equal(findNearest('packages/linked/src'), path.join(root, 'privacy-policy.yaml'));
  });

  test('whatever carries the name counts, even a directory (reading it then says so)', () => {
    assert.equal(findNearest('packages/odd'), path.join(root, 'packages/odd/privacy-policy.yaml'));
  });

  test('stops at a boundary when given one, and at the root of a repository', () => {
    assert.equal(findNearest('packages/admin/src', 'packages'), undefined);
    assert.equal(findNearest('packages/vendored/src'), undefined);
  });

  test('a run\'s cache gives every file the same answer as a fresh search, nested repositories included', () => {
    const cache = new PolicyCache(host);
    // Deepest first, then siblings and ancestors, so answers remembered on the way up are reused.
    for (const rel of ['packages/shop/src/deep/x.ts', 'packages/shop/src/x.ts', 'packages/admin/src/x.ts', 'packages/admin/config/x.ts', 'packages/vendored/src/y.ts', 'packages/vendored/y.ts', 'packages/linked/src/z.ts', 'x.ts']) {
      const file = path.join(root, rel);
      assert.equal(cache.policyFileFor(file), findNearestPolicy(host, path.dirname(file)), rel);
    }
    assert.equal(cache.policyFileFor(path.join(root, 'packages/vendored/src/y.ts')), undefined, 'a nested repository does not take the outer policy');
    assert.equal(new PolicyCache(host, '/elsewhere/p.yaml').policyFileFor(path.join(root, 'x.ts')), '/elsewhere/p.yaml', 'an override wins');
  });

  test('the cache loads each policy once', () => {
    const cache = new PolicyCache(host);
    const reads = host.reads;
    const first = cache.load(path.join(root, 'privacy-policy.yaml'));
    assert.equal(cache.load(path.join(root, 'privacy-policy.yaml')), first);
    assert.equal(host.reads, reads + 1);
    assert.deepEqual(cache.loaded.map((p) => p.file), [path.join(root, 'privacy-policy.yaml')]);
  });
});
