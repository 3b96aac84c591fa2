import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('malformed-tag', () => {
  test('fires on the bad token, with the closest candidates as the fix; the rest of the tag is still read', () => {
    const r = check(field('@personalData contact.phone purpose=account retention=forever'), POLICY);
    assert.deepEqual(r.textOf('malformed-tag'), ['forever']);
    assert.equal(r.only('malformed-tag')[0].severity, 'error');
    const typo = check(field('@personalData contact.phone purpose=account basis=concent'), POLICY);
    assert.deepEqual(typo.only('malformed-tag').map((f) => f.fix), [{ kind: 'replace', span: typo.only('malformed-tag')[0].span, candidates: ['consent'] }]);
    assert.deepEqual(check(field('@personaldata contact.phone')).textOf('malformed-tag'), ['@personaldata']);
  });

  test('does not fire on a well-formed tag', () => {
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).rules, []);
    assert.deepEqual(check(field('@personalData contact.phone, contact.email retention="3y"')).only('malformed-tag'), []);
  });
});
