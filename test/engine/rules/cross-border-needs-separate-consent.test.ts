import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-needs-separate-consent', () => {
  test('fires when neither consent=separate nor the destination\'s separateConsent is given', () => {
    const r = check(transfer('@crossBorder us-analytics pia=X'), POLICY);
    assert.deepEqual(r.textOf('cross-border-needs-separate-consent'), ['us-analytics']);
    const fix = r.only('cross-border-needs-separate-consent')[0].fix as { kind: string; key: string; value: string };
    assert.deepEqual([fix.kind, fix.key, fix.value], ['setParam', 'consent', 'separate']);
  });

  test('does not fire with either', () => {
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-needs-separate-consent'), []);
    assert.deepEqual(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY).only('cross-border-needs-separate-consent'), []);
  });
});
