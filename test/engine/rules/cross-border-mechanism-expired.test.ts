import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom, transfer } from '../../helpers';
import { POLICY } from './policy';

/** A destination under a security assessment that expires on 2027-03-31. */
const ASSESSED = policyFrom(`
crossBorder:
  volume: { individuals: 2000000, sensitiveIndividuals: 0 }
  destinations:
    DE: { mechanism: security-assessment, reference: SA-2024-001, validUntil: 2027-03-31, separateConsent: true }
`);
const toDE = transfer('@crossBorder DE');

describe('cross-border-mechanism-expired', () => {
  test('fires as an error after validUntil, and as a warning in the 90 days before', () => {
    const expired = check(transfer('@crossBorder JP consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(expired.map((f) => f.severity), ['error']);
    assert.match(expired[0].message.en, /The certification for "JP" expired on 2026-01-01/);
    const soon = check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(soon.map((f) => f.severity), ['warning']);
    assert.match(soon[0].message.en, /in 17 days/);
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-09-16').only('cross-border-mechanism-expired').length, 1, '90 days before');
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-12-15').only('cross-border-mechanism-expired')[0].severity, 'warning', 'valid on its last day');
  });

  test('fires early enough for the 60 working days of an assessment\'s extension (CBDF2024 Art. 9), and says so', () => {
    // 2027-01-05 is 85 calendar days before expiry: already inside the 60 working days (12 weeks = 84 days plus holidays).
    const [w] = check(toDE, ASSESSED, '2027-01-05').only('cross-border-mechanism-expired');
    assert.equal(w.severity, 'warning');
    assert.match(w.message.en, /apply for the extension through the provincial CAC within the 60 working days before expiry \(CBDF2024 Art\. 9\)/);
    assert.match(w.message.zh, /应在有效期届满前60个工作日内通过所在地省级网信部门申请延长（《促进和规范数据跨境流动规定》第九条）/);
    assert.deepEqual(w.citations, [{ law: 'PIPL', article: 38 }, { law: 'CBDF2024', article: 9 }]);
  });

  test('fires after an assessment expired with a new assessment as the way on, never "extended on application"', () => {
    const [e] = check(toDE, ASSESSED, '2027-04-01').only('cross-border-mechanism-expired');
    assert.equal(e.severity, 'error');
    assert.match(e.message.en, /An extension can only be applied for within the 60 working days before expiry \(CBDF2024 Art\. 9\): a new security assessment is needed/);
    assert.doesNotMatch(e.message.en, /can be extended on application/);
    assert.match(e.message.zh, /过期后须重新申报数据出境安全评估/);
    assert.doesNotMatch(e.message.zh, /可申请延长/);
  });

  test('does not fire earlier than 90 days before, or on a destination without validUntil', () => {
    assert.deepEqual(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-09-15').only('cross-border-mechanism-expired'), [], '91 days before');
    assert.deepEqual(check(toDE, ASSESSED, '2026-12-30').only('cross-border-mechanism-expired'), [], '91 days before');
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY, '2026-11-28').only('cross-border-mechanism-expired'), []);
  });
});
