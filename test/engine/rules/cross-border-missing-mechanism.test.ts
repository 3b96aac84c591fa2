import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-missing-mechanism', () => {
  test('fires when neither the tag nor the destination names one; the fix only when the law\'s answer is known', () => {
    const r = check(transfer('@crossBorder DE consent=separate'));
    assert.deepEqual(r.textOf('cross-border-missing-mechanism'), ['DE']);
    // Without a declared volume the law's answer is not known, so no mechanism is written for the user.
    assert.equal(r.only('cross-border-missing-mechanism')[0].fix, undefined);
    assert.match(r.only('cross-border-missing-mechanism')[0].message.en, /at least exempt is required; declare crossBorder\.volume/);
    const known = check(transfer('@crossBorder DE consent=separate'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    DE: { separateConsent: true }\n'));
    const fix = known.only('cross-border-missing-mechanism')[0].fix as { value: string };
    assert.equal(fix.value, 'standard-contract');
  });

  test('does not fire when the destination in the policy names one', () => {
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-missing-mechanism'), []);
    assert.deepEqual(check(transfer('@crossBorder DE mechanism=certification')).only('cross-border-missing-mechanism'), []);
  });
});
