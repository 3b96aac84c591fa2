import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field, transfer } from '../../helpers';
import { OK, POLICY } from './policy';

describe('unknown-category', () => {
  test('fires on an id in neither the taxonomy nor the policy, suggesting the closest ids', () => {
    const r = check(field(`@personalData contact.phon ${OK}`), POLICY);
    assert.deepEqual(r.textOf('unknown-category'), ['contact.phon']);
    assert.deepEqual(r.only('unknown-category')[0].fix, { kind: 'replace', span: r.only('unknown-category')[0].span, candidates: ['contact.phone'] });
    // Without a policy the custom id is unknown, but the built-ins are not.
    assert.deepEqual(check(field('@personalData loyalty.tier, contact.phone')).textOf('unknown-category'), ['loyalty.tier']);
    assert.deepEqual(check(transfer('@crossBorder SG categories=contact.fone')).textOf('unknown-category'), ['contact.fone']);
  });

  test('does not fire on built-in, group and custom ids', () => {
    assert.deepEqual(check(field('@personalData contact, loyalty.tier purpose=marketing'), POLICY).only('unknown-category'), []);
    assert.deepEqual(check(transfer('@crossBorder SG categories=contact.phone,identity')).only('unknown-category'), []);
  });
});
