import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-mechanism-expired', () => {
  test('fires as an error after validUntil, and as a warning in the 60 days before', () => {
    const expired = check(transfer('@crossBorder JP consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(expired.map((f) => f.severity), ['error']);
    assert.match(expired[0].message.en, /expired on 2026-01-01/);
    const soon = check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(soon.map((f) => f.severity), ['warning']);
    assert.match(soon[0].message.en, /in 17 days/);
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-10-16').only('cross-border-mechanism-expired').length, 1, '60 days before');
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-12-15').only('cross-border-mechanism-expired')[0].severity, 'warning', 'valid on its last day');
  });

  test('does not fire earlier than 60 days before, or on a destination without validUntil', () => {
    assert.deepEqual(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-10-15').only('cross-border-mechanism-expired'), [], '61 days before');
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY, '2026-11-28').only('cross-border-mechanism-expired'), []);
  });
});
