/**
 * The policy's crossBorder.hosts: the schema (one of host, package or env, with a destination), the semantic checks
 * (unknown destination, bad ISO code, an entry never read), the model egress reads, and the edit that adds an entry.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addHostEntry, loadPolicy } from '../../server/src/engine/index';

const head = `version: 1
crossBorder:
  destinations:
    SG: { mechanism: standard-contract }
    us-analytics: { country: US, mechanism: standard-contract }
`;

function problems(hosts: string): string[] {
  return loadPolicy(`${head}  hosts:\n${hosts}`, '/p/privacy-policy.yaml').problems.map((p) => p.message.en);
}

describe('crossBorder.hosts in the policy', () => {
  test('entries load into the model in order, as plain data for egress discovery', () => {
    const loaded = loadPolicy(`${head}  hosts:\n    - host: "*.internal.example.com"\n      destination: domestic\n    - package: "@sentry/node"\n      destination: us-analytics\n    - env: ANALYTICS_URL\n      destination: SG\n`, '/p/privacy-policy.yaml');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.policy?.crossBorder.hosts, [
      { host: '*.internal.example.com', destination: 'domestic' },
      { package: '@sentry/node', destination: 'us-analytics' },
      { env: 'ANALYTICS_URL', destination: 'SG' },
    ]);
    assert.deepEqual(loadPolicy(head, '/p/privacy-policy.yaml').policy?.crossBorder.hosts, []);
  });

  test('the schema wants exactly one of host, package or env, and a destination', () => {
    assert.ok(problems('    - host: api.example.com\n').length > 0, 'no destination');
    assert.ok(problems('    - host: api.example.com\n      env: API_URL\n      destination: SG\n').length > 0, 'two keys');
    assert.ok(problems('    - destination: SG\n').length > 0, 'no key');
    assert.ok(problems('    - url: https://api.example.com\n      destination: SG\n').length > 0, 'unknown key');
    assert.ok(problems('    - env: "API URL"\n      destination: SG\n').length > 0, 'not a variable name');
  });

  test('semantics: an unknown destination id (with a suggestion), a code that is no country, an entry a first one hides', () => {
    assert.deepEqual(problems('    - host: api.example.com\n      destination: us-analytic\n'), [
      '"us-analytic" is neither a destination of crossBorder.destinations, an ISO 3166-1 alpha-2 code nor domestic. Did you mean us-analytics?',
    ]);
    assert.deepEqual(problems('    - host: api.example.com\n      destination: XX\n'), ['"XX" is not an ISO 3166-1 alpha-2 code (SG, US, HK...).']);
    assert.deepEqual(problems('    - env: CRM_URL\n      destination: SG\n    - env: CRM_URL\n      destination: domestic\n'), [
      'The env CRM_URL is already mapped by crossBorder.hosts[0]; the first entry decides, this one is never read.',
    ]);
    // An ISO code not in destinations, a policy id and domestic are all fine.
    assert.deepEqual(problems('    - host: a.example.com\n      destination: JP\n    - host: b.example.com\n      destination: us-analytics\n    - host: c.example.com\n      destination: domestic\n'), []);
  });

  test('a problem sits on the entry\'s destination in the file', () => {
    const text = `${head}  hosts:\n    - host: api.example.com\n      destination: XX\n`;
    const [p] = loadPolicy(text, '/p/privacy-policy.yaml').problems;
    assert.equal(text.slice(p.span.start, p.span.end), 'XX');
  });
});

describe('adding a crossBorder.hosts entry (quick fix)', () => {
  const entry = { key: 'env' as const, value: 'CRM_URL', destination: 'domestic' };
  const apply = (text: string) => {
    const r = addHostEntry(text, entry);
    assert.ok(r.ok, r.ok ? '' : r.reason);
    return text.slice(0, r.edit.offset) + r.edit.text + text.slice(r.edit.offset);
  };
  const loads = (text: string) => assert.deepEqual(loadPolicy(text, '/p/privacy-policy.yaml').policy?.crossBorder.hosts.at(-1), { env: 'CRM_URL', destination: 'domestic' });

  test('after the last entry of an existing list, keeping comments', () => {
    const text = `${head}  hosts:\n    - host: a.example.com   # ours\n      destination: SG\n# the end\n`;
    const out = apply(text);
    assert.equal(out, `${head}  hosts:\n    - host: a.example.com   # ours\n      destination: SG\n    - env: "CRM_URL"\n      destination: domestic\n# the end\n`);
    loads(out);
  });

  test('a new hosts list under crossBorder, and a new crossBorder section', () => {
    const out = apply(head);
    assert.match(out, /mechanism: standard-contract \}\n  hosts:\n    - env: "CRM_URL"\n      destination: domestic/);
    loads(out);
    const bare = apply('version: 1\n');
    assert.equal(bare, 'version: 1\ncrossBorder:\n  hosts:\n    - env: "CRM_URL"\n      destination: domestic\n');
    loads(bare);
  });

  test('refuses a flow list, a JSON policy and a file that does not parse, saying why', () => {
    const flow = addHostEntry(`${head}  hosts: []\n`, entry);
    assert.equal(flow.ok, false);
    assert.equal(addHostEntry('{}', entry, 'privacy-policy.json').ok, false);
    const broken = addHostEntry('crossBorder: [\n', entry);
    assert.ok(!broken.ok && /does not parse/.test(broken.reason));
  });
});
