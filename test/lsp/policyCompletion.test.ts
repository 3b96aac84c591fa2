/** Completion in a policy file: the values the schema cannot know. `|` marks the cursor. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPolicy, type Policy } from '../../server/src/engine/index';
import { complete as completeIn } from './completionHarness';

const POLICY = `version: 1
categories:
  allow: [identity.*, contact.*, account.id]
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
purposes:
  account:
    description: Customer account
    basis: contract
    categories: [identity.name, contact.phone]
    retention: 3y
crossBorder:
  destinations:
    sg-warehouse:
      country: SG
      recipients: [merlion-logistics]
      mechanism: standard-contract
      validUntil: "2027-12-15"
  hosts:
    - host: api.example.com
      destination: sg-warehouse
rules:
  missing-retention: error
`;

function policy(): Policy {
  const loaded = loadPolicy(POLICY, '/p/privacy-policy.yaml');
  assert.deepEqual(loaded.problems, []);
  return loaded.policy!;
}

/** The policy above with `from` replaced by `to` (holding the cursor). */
function edited(from: string, to: string): string {
  assert.ok(POLICY.includes(from), `the policy holds ${JSON.stringify(from)}`);
  return POLICY.replace(from, to);
}

function complete(src: string, lang: 'en' | 'zh' = 'en') {
  return completeIn(src, { policy: policy(), policyFile: true, lang });
}

describe('completion in a policy file', () => {
  test("a host's destination offers the policy's destinations, domestic and country codes", () => {
    const r = complete(edited('destination: sg-warehouse', 'destination: |'));
    assert.ok(r.labels.includes('sg-warehouse'), "the policy's own destination id");
    assert.match(r.get('sg-warehouse').detail!, /Singapore/);
    assert.ok(r.labels.includes('domestic'));
    assert.ok(r.labels.includes('US') && r.labels.includes('JP'));
    assert.ok(!r.labels.includes('CN'), 'mainland China is domestic, not a code abroad');
    assert.match(r.accept('sg-warehouse'), /destination: sg-warehouse\n/);
  });

  test('a half-written destination is replaced whole, and one right after the colon gets its space', () => {
    const partial = complete(edited('destination: sg-warehouse', 'destination: sg-w|'));
    assert.equal(partial.replaced(partial.get('sg-warehouse')), 'sg-w');
    const tight = complete(edited('destination: sg-warehouse', 'destination:|'));
    assert.match(tight.accept('domestic'), /destination: domestic\n/);
  });

  test('an unterminated quote still completes, up to the end of its line', () => {
    const r = complete(edited('destination: sg-warehouse', 'destination: "|'));
    assert.ok(r.labels.includes('sg-warehouse'));
    assert.match(r.accept('sg-warehouse'), /destination: "sg-warehouse\n/);
  });

  test("a host entry's package lists catalogued packages with their vendor and default country", () => {
    const r = complete(edited('- host: api.example.com', '- package: |'));
    const twilio = r.get('twilio');
    assert.match(twilio.detail!, /Twilio/);
    assert.match(twilio.detail!, /United States/);
    assert.ok(r.labels.includes('@sendgrid/mail'));
    assert.ok(!r.labels.some((l) => l.startsWith('node:')), 'Node built-ins are not packages a policy maps');
    assert.match(String((twilio.documentation as { value: string }).value), /Source: /);
  });

  test("a host entry's env lists the environment variables SDKs read their region from", () => {
    const r = complete(edited('- host: api.example.com', '- env: |'));
    assert.ok(r.labels.includes('AWS_REGION'), r.labels.join(', '));
    assert.match(r.get('AWS_REGION').detail!, /Amazon|AWS/);
  });

  test('category lists offer category ids, leaving out those already listed', () => {
    const flow = complete(edited('categories: [identity.name, contact.phone]', 'categories: [identity.name, contact.phone, |]'));
    assert.ok(flow.labels.includes('contact.email'));
    assert.ok(flow.labels.includes('loyalty.tier'), 'custom categories of the policy');
    assert.ok(!flow.labels.includes('identity.name') && !flow.labels.includes('contact.phone'));
    assert.match(flow.accept('contact.email'), /categories: \[identity\.name, contact\.phone, contact\.email\]/);

    const block = complete(edited('  allow: [identity.*, contact.*, account.id]', '  allow:\n    - identity.*\n    - bio|'));
    assert.equal(block.replaced(block.get('biometric.face')), 'bio');
    assert.ok(!block.labels.includes('identity.*'));
    // While categories.allow is written, nothing is marked as outside it.
    assert.doesNotMatch(block.get('biometric.face').detail!, /not allowed/);
  });

  test("a purpose's basis and retention, a destination's mechanism offer the tag vocabulary", () => {
    const basis = complete(edited('basis: contract', 'basis: |'));
    assert.deepEqual(basis.labels, ['consent', 'separate-consent', 'guardian-consent', 'contract', 'hr', 'legal-duty', 'emergency', 'news', 'public-info', 'other-law']);
    assert.match(basis.get('separate-consent').detail!, /PIPL/);
    assert.ok(complete(edited('retention: 3y', 'retention: |')).labels.includes('6m'));
    const mechanism = complete(edited('mechanism: standard-contract', 'mechanism: |'));
    assert.ok(['standard-contract', 'certification', 'security-assessment', 'exempt'].every((m) => mechanism.labels.includes(m)));
  });

  test('under rules, a new key offers rule ids not yet set, and a value the severities', () => {
    const key = complete(edited('  missing-retention: error\n', '  missing-retention: error\n  cross-border-un|\n'));
    assert.ok(key.labels.includes('cross-border-untagged-transfer'));
    assert.ok(!key.labels.includes('missing-retention'), 'already set');
    assert.match(key.accept('cross-border-untagged-transfer'), /\n {2}cross-border-untagged-transfer: \n/);
    const value = complete(edited('missing-retention: error', 'missing-retention: |'));
    assert.deepEqual(value.labels, ['error', 'warning', 'info', 'off']);
  });

  test('in Chinese, details are in Chinese', () => {
    const r = complete(edited('destination: sg-warehouse', 'destination: |'), 'zh');
    assert.match(r.get('domestic').detail!, /中国境内/);
    assert.match(r.get('sg-warehouse').detail!, /新加坡/);
  });

  test('places with nothing project-specific to offer, and broken text, give no items and no error', () => {
    assert.deepEqual(complete(edited('description: Customer account', 'description: Cus|')).labels, []);
    assert.deepEqual(complete(edited('version: 1', '# a comment |\nversion: 1')).labels, []);
    assert.deepEqual(completeIn('crossBorder: [\n  hosts: {|', { policyFile: true }).labels, []);
    assert.deepEqual(completeIn('\u0000\u0001|', { policyFile: true }).labels, []);
    // A plain value folded over two lines: what is on the cursor's line is not the whole value, so nothing replaces it.
    assert.deepEqual(complete(edited('destination: sg-warehouse', 'destination: sg\n        ware|')).labels, []);
  });

  test('a JSON policy file is completed inside its quotes', () => {
    const r = completeIn('{"crossBorder": {"hosts": [{"host": "a.example.com", "destination": "|"}]}}', { policy: policy(), policyFile: true });
    assert.ok(r.labels.includes('sg-warehouse'));
    assert.equal(r.accept('domestic'), '{"crossBorder": {"hosts": [{"host": "a.example.com", "destination": "domestic"}]}}');
  });
});
