import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { OK, POLICY } from './policy';

describe('category-not-allowed', () => {
  test('fires on a category outside categories.allow, naming the members of a group', () => {
    const r = check(field(`@personalData health.medical ${OK}`), POLICY);
    assert.deepEqual(r.textOf('category-not-allowed'), ['health.medical']);
    assert.deepEqual(r.only('category-not-allowed')[0].citations, [{ law: 'PIPL', article: 6 }]);
    const g = check(field('@personalData biometric purpose=faceLogin'), POLICY);
    assert.match(g.only('category-not-allowed')[0].message.en, /biometric\.fingerprint/);
  });

  test('does not fire inside categories.allow, nor without a policy', () => {
    assert.deepEqual(check(field('@personalData identity.name, contact purpose=account'), POLICY).only('category-not-allowed'), []);
    assert.deepEqual(check(field('@personalData health.medical')).only('category-not-allowed'), [], 'needs a policy');
  });
});
