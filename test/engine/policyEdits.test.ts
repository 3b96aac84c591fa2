/** Adding entries to a policy keeps everything else byte for byte, and the result still loads. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addPolicyEntry } from '../../server/src/engine/policy/policyEdits';
import { loadPolicy } from '../../server/src/engine/index';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers';

function apply(text: string, section: Parameters<typeof addPolicyEntry>[1], id: string, file = 'privacy-policy.yaml', owner?: string): string {
  const r = addPolicyEntry(text, section, id, file, owner);
  if (!r.ok) throw new Error(r.reason);
  return text.slice(0, r.edit.offset) + r.edit.text + text.slice(r.edit.offset);
}

function loads(text: string, file = '/p/privacy-policy.yaml') {
  const l = loadPolicy(text, file);
  assert.deepEqual(l.problems.map((p) => p.message.en), []);
  return l.policy!;
}

describe('policy edits', () => {
  const base = [
    '# Lotus Mall policy',
    'version: 1',
    'purposes:',
    '  account:   # customer accounts',
    '    basis: contract',
    '    retention: 3y',
    '  delivery: { basis: contract, retention: 1y }',
    'crossBorder:',
    '  volume: { individuals: 10 }',
    '  destinations:',
    '    SG:',
    '      mechanism: standard-contract   # filed 2026-03',
    '',
    '# end',
    '',
  ].join('\n');

  test('adds a purpose after the last one, at the same indentation, leaving the rest untouched', () => {
    const out = apply(base, 'purposes', 'marketing');
    assert.equal(out, base.replace("  delivery: { basis: contract, retention: 1y }", "  delivery: { basis: contract, retention: 1y }\n  marketing: {}"));
    assert.ok(loads(out).purposes.has('marketing'));
  });

  test('adds a destination after a nested block with a trailing comment', () => {
    const out = apply(base, 'crossBorder.destinations', 'JP');
    assert.equal(out, base.replace('      mechanism: standard-contract   # filed 2026-03', '      mechanism: standard-contract   # filed 2026-03\n    JP: {}'));
    assert.ok(loads(out).crossBorder.destinations.has('JP'));
  });

  test('creates missing sections', () => {
    const out = apply(base, 'categories.custom', 'loyalty.tier');
    assert.equal(out, base.replace('# filed 2026-03\n', '# filed 2026-03\ncategories:\n  custom:\n    loyalty.tier: {}\n'));
    assert.ok(loads(out).categories.custom['loyalty.tier'] !== undefined);
  });

  test('an empty section key gets its first entry', () => {
    const out = apply('version: 1\npurposes:\n', 'purposes', 'account');
    assert.equal(out, 'version: 1\npurposes:\n  account: {}\n');
    loads(out);
  });

  test('flow maps and JSON', () => {
    const flow = apply('purposes: { account: {} }\n', 'purposes', 'ads');
    assert.equal(flow, 'purposes: { account: {}, ads: {} }\n');
    const json = '{\n  "version": 1,\n  "purposes": {\n    "account": { "basis": "contract" }\n  }\n}\n';
    const out = apply(json, 'purposes', 'ads', 'privacy-policy.json');
    assert.equal(out, json.replace('"account": { "basis": "contract" }', '"account": { "basis": "contract" }, "ads": {}'));
    loads(out, '/p/privacy-policy.json');
    const missing = apply(json, 'crossBorder.destinations', 'SG', 'privacy-policy.json');
    assert.ok(loads(missing, '/p/privacy-policy.json').crossBorder.destinations.has('SG'));
  });

  test('an empty file', () => {
    const out = apply('', 'purposes', 'account');
    assert.equal(out, 'purposes:\n  account: {}\n');
  });

  test('refuses a policy that does not parse, or an id already there', () => {
    const broken = addPolicyEntry('purposes: { account: \n', 'purposes', 'x');
    assert.equal(broken.ok, false);
    assert.match((broken as { reason: string }).reason, /does not parse/);
    const dup = addPolicyEntry(base, 'purposes', 'account');
    assert.equal(dup.ok, false);
  });

  describe('a recipient added to its destination\'s list', () => {
    const demo = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'demo', 'privacy-policy.yaml'), 'utf8');

    test('the demo policy, comments and all, changes only by the new item of the flow list', () => {
      const out = apply(demo, 'crossBorder.destinations.*.recipients', 'straits-couriers', undefined, 'SG');
      assert.equal(out, demo.replace('      recipients: [merlion-logistics-sg]\n', '      recipients: [merlion-logistics-sg, straits-couriers]\n'));
      const p = loads(out);
      assert.deepEqual(p.crossBorder.destinations.get('SG')!.recipients, ['merlion-logistics-sg', 'straits-couriers']);
      // Every comment line of the original is still there, in order.
      const comments = (t: string) => t.split('\n').filter((l) => l.includes('#'));
      assert.deepEqual(comments(out), comments(demo));
    });

    test('a block list gets a "- item" line at the same indentation, after a trailing comment', () => {
      const text = ['crossBorder:', '  destinations:', '    SG:', '      recipients:', '        - acme   # the warehouse', '      mechanism: standard-contract', ''].join('\n');
      const out = apply(text, 'crossBorder.destinations.*.recipients', 'beta', undefined, 'SG');
      assert.equal(out, text.replace('        - acme   # the warehouse\n', '        - acme   # the warehouse\n        - beta\n'));
      assert.deepEqual(loads(out).crossBorder.destinations.get('SG')!.recipients, ['acme', 'beta']);
    });

    test('a destination without the list gets one; in a flow map, in JSON and in an empty list too', () => {
      const out = apply(base, 'crossBorder.destinations.*.recipients', 'acme', undefined, 'SG');
      assert.equal(out, base.replace('      mechanism: standard-contract   # filed 2026-03', '      mechanism: standard-contract   # filed 2026-03\n      recipients: [acme]'));
      assert.deepEqual(loads(out).crossBorder.destinations.get('SG')!.recipients, ['acme']);
      const flow = 'crossBorder:\n  destinations:\n    us-analytics: { country: US, mechanism: standard-contract }\n';
      const flowOut = apply(flow, 'crossBorder.destinations.*.recipients', 'bluepeak', undefined, 'us-analytics');
      assert.equal(flowOut, flow.replace('mechanism: standard-contract }', 'mechanism: standard-contract, recipients: [bluepeak] }'));
      loads(flowOut);
      const empty = apply('crossBorder:\n  destinations:\n    SG: { recipients: [] }\n', 'crossBorder.destinations.*.recipients', 'acme', undefined, 'SG');
      assert.equal(empty, 'crossBorder:\n  destinations:\n    SG: { recipients: [acme] }\n');
      const json = '{\n  "crossBorder": {\n    "destinations": {\n      "SG": { "recipients": ["acme"] }\n    }\n  }\n}\n';
      const jsonOut = apply(json, 'crossBorder.destinations.*.recipients', 'beta', 'privacy-policy.json', 'SG');
      assert.equal(jsonOut, json.replace('["acme"]', '["acme", "beta"]'));
      assert.deepEqual(loads(jsonOut, '/p/privacy-policy.json').crossBorder.destinations.get('SG')!.recipients, ['acme', 'beta']);
    });

    test('refuses an unknown destination, a recipient already listed, or no destination named', () => {
      assert.equal(addPolicyEntry(demo, 'crossBorder.destinations.*.recipients', 'x', 'privacy-policy.yaml', 'JP').ok, false);
      const dup = addPolicyEntry(demo, 'crossBorder.destinations.*.recipients', 'merlion-logistics-sg', 'privacy-policy.yaml', 'SG');
      assert.equal(dup.ok, false);
      assert.match((dup as { reason: string }).reason, /already has "merlion-logistics-sg"/);
      assert.equal(addPolicyEntry(demo, 'crossBorder.destinations.*.recipients', 'x').ok, false);
    });
  });
});
