import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('category-not-allowed-for-purpose', () => {
  test('fires on a category outside the purpose categories', () => {
    const r = check(field('@personalData contact.phone, biometric.face purpose=account'), POLICY);
    assert.deepEqual(r.textOf('category-not-allowed-for-purpose'), ['biometric.face']);
    assert.match(r.only('category-not-allowed-for-purpose')[0].message.en, /Purpose "account" does not cover "biometric\.face"/);
  });

  test('does not fire inside the purpose categories, or for a purpose without categories', () => {
    assert.deepEqual(check(field('@personalData contact.phone, identity.name purpose=account'), POLICY).only('category-not-allowed-for-purpose'), []);
    assert.deepEqual(check(field('@personalData loyalty.tier purpose=open basis=contract'), POLICY).only('category-not-allowed-for-purpose'), [], 'a purpose without categories allows any');
  });
});
