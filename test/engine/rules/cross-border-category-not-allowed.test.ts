import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-category-not-allowed', () => {
  test('fires on a sent category outside the destination\'s categories', () => {
    const r = check(transfer('@crossBorder SG categories=identity.name,financial.account'), POLICY);
    assert.deepEqual(r.textOf('cross-border-category-not-allowed'), ['financial.account']);
  });

  test('does not fire inside them', () => {
    assert.deepEqual(check(transfer('@crossBorder SG categories=identity.name,contact.address'), POLICY).only('cross-border-category-not-allowed'), []);
  });
});
