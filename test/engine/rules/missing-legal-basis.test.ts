import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('missing-legal-basis', () => {
  test('fires when neither the tag nor its purpose gives a basis', () => {
    const r = check(field('@personalData loyalty.tier purpose=open'), POLICY);
    assert.deepEqual(r.textOf('missing-legal-basis'), ['@personalData']);
    assert.match(r.only('missing-legal-basis')[0].message.en, /purpose "open" sets no basis either/);
  });

  test('does not fire when the tag or the purpose supplies the basis', () => {
    assert.deepEqual(check(field('@personalData loyalty.tier purpose=open basis=contract'), POLICY).only('missing-legal-basis'), []);
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).only('missing-legal-basis'), [], 'the purpose supplies the basis');
  });
});
