import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field, policyFrom } from '../../helpers';
import { POLICY } from './policy';

describe('missing-purpose', () => {
  test('fires on @personalData without purpose= when the policy requires one', () => {
    const r = check(field('@personalData contact.phone basis=contract retention=1y'), POLICY);
    assert.deepEqual(r.textOf('missing-purpose'), ['@personalData']);
    assert.equal(r.only('missing-purpose')[0].severity, 'warning');
    assert.match(r.only('missing-purpose')[0].message.en, /Purposes: account, faceLogin/);
  });

  test('does not fire when the policy does not require one, or a purpose is given', () => {
    assert.deepEqual(check(field('@personalData contact.phone'), policyFrom('version: 1')).only('missing-purpose'), []);
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).only('missing-purpose'), []);
  });
});
