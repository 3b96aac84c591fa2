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
    assert.match(r.only('cross-border-missing-mechanism')[0].message.en, /on what is known, the transfer is exempt .*, but a higher tier may apply: declare crossBorder\.volume/);
    assert.match(r.only('cross-border-missing-mechanism')[0].message.zh, /按已知情况，适用豁免.*但可能适用更高一档/);
    const known = check(transfer('@crossBorder DE consent=separate'), policyFrom('crossBorder:\n  volume: { individuals: 150000, sensitiveIndividuals: 0 }\n  destinations:\n    DE: { separateConsent: true }\n'));
    const [f] = known.only('cross-border-missing-mechanism');
    assert.equal((f.fix as { value: string }).value, 'standard-contract');
    // The Art. 8 tier allows either the standard contract or certification (CERT2025), and says so.
    assert.match(f.message.en, /here standard contract or certification is required, for 150,000 individuals' non-sensitive PI provided abroad since 1 January/);
    assert.match(f.message.zh, /此处须订立个人信息出境标准合同或通过个人信息保护认证/);
    // Half a volume leaves the tier open (the missing count could reach Art. 7): no fix, and it says so.
    const half = check(transfer('@crossBorder DE consent=separate'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    DE: { separateConsent: true }\n'));
    assert.equal(half.only('cross-border-missing-mechanism')[0].fix, undefined);
    assert.match(half.only('cross-border-missing-mechanism')[0].message.en, /a higher tier may apply/);
  });

  test('does not fire when the destination in the policy names one', () => {
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-missing-mechanism'), []);
    assert.deepEqual(check(transfer('@crossBorder DE mechanism=certification')).only('cross-border-missing-mechanism'), []);
  });
});
