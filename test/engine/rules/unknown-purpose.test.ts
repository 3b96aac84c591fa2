import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('unknown-purpose', () => {
  test('fires on a purpose the policy does not define, suggesting a known one', () => {
    const r = check(field('@personalData contact.phone purpose=acount'), POLICY);
    assert.deepEqual(r.textOf('unknown-purpose'), ['acount']);
    assert.deepEqual((r.only('unknown-purpose')[0].fix as { candidates: string[] }).candidates, ['account']);
    assert.deepEqual(check(transfer('@crossBorder SG purpose=shiping'), POLICY).textOf('unknown-purpose'), ['shiping']);
  });

  test('does not fire on a defined purpose, nor without a policy', () => {
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).only('unknown-purpose'), []);
    assert.deepEqual(check(field('@personalData contact.phone purpose=acount')).only('unknown-purpose'), []);
  });
});
