import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('minor-needs-guardian-consent', () => {
  test('fires on minors\' data under a consent other than the guardian\'s, instead of the separate-consent rule', () => {
    const r = check(field('@personalData identity.name subject=minor basis=separate-consent'));
    assert.deepEqual(r.textOf('minor-needs-guardian-consent'), ['separate-consent']);
    assert.deepEqual(r.only('sensitive-needs-separate-consent'), []);
    assert.equal((r.only('minor-needs-guardian-consent')[0].fix as { value: string }).value, 'guardian-consent');
    assert.equal(check(field('@personalData health.medical subject=minor basis=consent')).only('sensitive-needs-separate-consent').length, 0);
  });

  test('does not fire on guardian consent, or on a basis that is not consent', () => {
    assert.deepEqual(check(field('@personalData identity.name subject=minor purpose=kids'), POLICY).only('minor-needs-guardian-consent'), []);
    assert.deepEqual(check(field('@personalData identity.name subject=minor basis=contract')).only('minor-needs-guardian-consent'), []);
  });
});
