import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-unknown-recipient', () => {
  test('fires on a recipient the policy does not list for the destination, with a fix that adds it there', () => {
    const code = transfer('@crossBorder SG recipient=straits-couriers');
    const [f] = check(code, POLICY).only('cross-border-unknown-recipient');
    assert.equal(code.slice(f.span.start, f.span.end), 'straits-couriers');
    assert.equal(f.severity, 'error');
    assert.match(f.message.en, /Recipient "straits-couriers" is not among the recipients of destination "SG" in the policy \(it lists acme\)/);
    assert.match(f.message.en, /\(PIPL Art\. 39\), and the standard contract is concluded with the overseas recipient \(Art\. 38 \(3\)\)/);
    assert.match(f.message.zh, /境外接收方“straits-couriers”不在政策文件中目的地“SG”的接收方（recipients）之列（已列出：acme）/);
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 39 }, { law: 'PIPL', article: 38, item: '(3)' }]);
    assert.deepEqual(f.fix, { kind: 'addToPolicy', section: 'crossBorder.destinations.*.recipients', id: 'straits-couriers', owner: 'SG' });
    // A typo gets a suggestion; a destination matched by its country is checked under its own id.
    assert.match(check(transfer('@crossBorder SG recipient=acm'), POLICY).only('cross-border-unknown-recipient')[0].message.en, /Did you mean acme\?/);
    const [us] = check(transfer('@crossBorder US recipient=bluepeak'), POLICY).only('cross-border-unknown-recipient');
    assert.match(us.message.en, /destination "us-analytics" in the policy \(it lists none\)/);
    assert.deepEqual(us.fix, { kind: 'addToPolicy', section: 'crossBorder.destinations.*.recipients', id: 'bluepeak', owner: 'us-analytics' });
  });

  test('does not fire on a listed recipient, a tag without recipient=, an unknown destination or without a policy', () => {
    assert.deepEqual(check(transfer('@crossBorder SG recipient=acme'), POLICY).only('cross-border-unknown-recipient'), []);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-unknown-recipient'), []);
    assert.deepEqual(check(transfer('@crossBorder DE recipient=acme'), POLICY).only('cross-border-unknown-recipient'), [], 'cross-border-unknown-destination reports DE');
    assert.deepEqual(check(transfer('@crossBorder SG recipient=straits-couriers')).only('cross-border-unknown-recipient'), []);
    assert.deepEqual(check(transfer('@crossBorder CN recipient=somewhere'), POLICY).only('cross-border-unknown-recipient'), []);
  });
});
