import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-unknown-destination', () => {
  test('fires on a destination the policy does not approve, or (without a policy) one that is not a country code', () => {
    assert.deepEqual(check(transfer('@crossBorder DE mechanism=standard-contract'), POLICY).textOf('cross-border-unknown-destination'), ['DE']);
    assert.deepEqual(check(transfer('@crossBorder us-analytic'), POLICY).only('cross-border-unknown-destination').map((f) => (f.fix as { candidates: string[] }).candidates), [['us-analytics']]);
    assert.equal(check(transfer('@crossBorder Singapore')).only('cross-border-unknown-destination').length, 1);
  });

  test('does not fire on an approved destination, one matched by its country, or a valid country code without a policy', () => {
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-unknown-destination'), []);
    assert.deepEqual(check(transfer('@crossBorder US'), POLICY).only('cross-border-unknown-destination'), [], 'matched by its country');
    assert.deepEqual(check(transfer('@crossBorder DE mechanism=standard-contract')).only('cross-border-unknown-destination'), []);
  });
});
