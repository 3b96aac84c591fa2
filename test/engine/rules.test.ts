/** Every rule: a case that fires (with the span and the fix a user gets) and one that must not. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_IDS, analyzePolicy, loadPolicy } from '../../server/src/engine/index';
import { check, field, policyFrom, transfer } from '../helpers';

const POLICY = policyFrom(`
version: 1
handler: Example Trading Co., Ltd.
require: { purpose: true, legalBasis: true, retention: true, impactAssessment: [sensitive, crossBorder] }
categories:
  allow: [identity.*, contact.*, biometric.face, account, loyalty.tier]
  sensitive: [identity.idNumber]
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
purposes:
  account: { basis: contract, categories: [identity.name, contact.*], retention: 3y, impactAssessment: PIA-1 }
  faceLogin: { basis: separate-consent, categories: [biometric.face], retention: 1y, impactAssessment: PIA-2 }
  marketing: { basis: consent, categories: [contact.*, identity.*], retention: 1y }
  open: { retention: 2y }
  kids: { basis: guardian-consent, retention: 1y, impactAssessment: PIA-3 }
crossBorder:
  volume: { individuals: 250000, sensitiveIndividuals: 0 }
  destinations:
    SG: { recipients: [acme], mechanism: standard-contract, validUntil: 2027-03-01, categories: [identity.name, contact.*], separateConsent: true, impactAssessment: PIA-9 }
    us-analytics: { country: US, mechanism: standard-contract, validUntil: 2026-12-15, categories: [online.activity] }
    JP: { mechanism: certification, validUntil: 2026-01-01 }
`);

const OK = 'purpose=account';

describe('rules', () => {
  test('every rule of the table is registered', () => {
    assert.equal(RULE_IDS.length, 25);
  });

  test('malformed-tag: fires on the bad token, the rest of the tag is still ignored safely', () => {
    const r = check(field('@personalData contact.phone purpose=account retention=forever'), POLICY);
    assert.deepEqual(r.textOf('malformed-tag'), ['forever']);
    assert.equal(r.only('malformed-tag')[0].severity, 'error');
    assert.deepEqual(check(field(`@personalData contact.phone ${OK}`), POLICY).rules, []);
  });

  test('unknown-category: suggests the closest ids; built-in, group and custom ids are known', () => {
    const r = check(field(`@personalData contact.phon ${OK}`), POLICY);
    assert.deepEqual(r.textOf('unknown-category'), ['contact.phon']);
    assert.deepEqual(r.only('unknown-category')[0].fix, { kind: 'replace', span: r.only('unknown-category')[0].span, candidates: ['contact.phone'] });
    assert.deepEqual(check(field('@personalData contact, loyalty.tier purpose=marketing'), POLICY).only('unknown-category'), []);
    // Without a policy the custom id is unknown, but the built-ins are not.
    assert.deepEqual(check(field('@personalData loyalty.tier, contact.phone')).textOf('unknown-category'), ['loyalty.tier']);
  });

  test('category-not-allowed: outside categories.allow, naming the members of a group', () => {
    const r = check(field(`@personalData health.medical ${OK}`), POLICY);
    assert.deepEqual(r.textOf('category-not-allowed'), ['health.medical']);
    assert.deepEqual(r.only('category-not-allowed')[0].citations, [{ law: 'PIPL', article: 6 }]);
    const g = check(field('@personalData biometric purpose=faceLogin'), POLICY);
    assert.match(g.only('category-not-allowed')[0].message.en, /biometric\.fingerprint/);
    assert.deepEqual(check(field('@personalData identity.name, contact.* purpose=account'.replace('contact.*', 'contact')), POLICY).only('category-not-allowed'), []);
    assert.deepEqual(check(field('@personalData health.medical')).only('category-not-allowed'), [], 'needs a policy');
  });

  test('unknown-purpose: suggests a known purpose', () => {
    const r = check(field('@personalData contact.phone purpose=acount'), POLICY);
    assert.deepEqual(r.textOf('unknown-purpose'), ['acount']);
    assert.deepEqual((r.only('unknown-purpose')[0].fix as { candidates: string[] }).candidates, ['account']);
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).only('unknown-purpose'), []);
  });

  test('missing-purpose: only when the policy requires one', () => {
    const r = check(field('@personalData contact.phone basis=contract retention=1y'), POLICY);
    assert.deepEqual(r.textOf('missing-purpose'), ['@personalData']);
    assert.equal(r.only('missing-purpose')[0].severity, 'warning');
    assert.deepEqual(check(field('@personalData contact.phone'), policyFrom('version: 1')).only('missing-purpose'), []);
  });

  test('category-not-allowed-for-purpose: outside the purpose categories', () => {
    const r = check(field('@personalData contact.phone, biometric.face purpose=account'), POLICY);
    assert.deepEqual(r.textOf('category-not-allowed-for-purpose'), ['biometric.face']);
    assert.deepEqual(check(field('@personalData loyalty.tier purpose=open basis=contract'), POLICY).only('category-not-allowed-for-purpose'), [], 'a purpose without categories allows any');
  });

  test('missing-legal-basis: none on the tag nor the purpose', () => {
    const r = check(field('@personalData loyalty.tier purpose=open'), POLICY);
    assert.deepEqual(r.textOf('missing-legal-basis'), ['@personalData']);
    assert.deepEqual(check(field('@personalData loyalty.tier purpose=open basis=contract'), POLICY).only('missing-legal-basis'), []);
    assert.deepEqual(check(field('@personalData contact.phone purpose=account'), POLICY).only('missing-legal-basis'), [], 'the purpose supplies the basis');
  });

  test('sensitive-needs-separate-consent: sensitive category on plain consent, with the fix', () => {
    const code = field('@personalData biometric.face purpose=faceLogin basis=consent');
    const r = check(code, POLICY);
    const [f] = r.only('sensitive-needs-separate-consent');
    assert.equal(code.slice(f.span.start, f.span.end), 'biometric.face');
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }]);
    assert.equal(f.fix?.kind, 'setParam');
    assert.deepEqual({ key: (f.fix as { key: string }).key, value: (f.fix as { value: string }).value }, { key: 'basis', value: 'separate-consent' });
    // Through the purpose's basis, and with a policy-marked sensitive category; without any policy too.
    assert.equal(check(field('@personalData identity.idNumber purpose=marketing'), POLICY).only('sensitive-needs-separate-consent').length, 1);
    assert.equal(check(field('@personalData health.medical basis=consent')).only('sensitive-needs-separate-consent').length, 1);
    assert.deepEqual(check(field('@personalData biometric.face purpose=faceLogin'), POLICY).only('sensitive-needs-separate-consent'), []);
    assert.deepEqual(check(field('@personalData contact.phone basis=consent')).only('sensitive-needs-separate-consent'), []);
  });

  test('minor-needs-guardian-consent: fires instead of the separate-consent rule', () => {
    const code = field('@personalData identity.name subject=minor basis=separate-consent');
    const r = check(code);
    assert.deepEqual(r.textOf('minor-needs-guardian-consent'), ['separate-consent']);
    assert.deepEqual(r.only('sensitive-needs-separate-consent'), []);
    assert.equal((r.only('minor-needs-guardian-consent')[0].fix as { value: string }).value, 'guardian-consent');
    assert.equal(check(field('@personalData health.medical subject=minor basis=consent')).only('sensitive-needs-separate-consent').length, 0);
    assert.deepEqual(check(field('@personalData identity.name subject=minor purpose=kids'), POLICY).only('minor-needs-guardian-consent'), []);
    assert.deepEqual(check(field('@personalData identity.name subject=minor basis=contract')).only('minor-needs-guardian-consent'), []);
  });

  test('missing-retention: none on the tag nor the purpose; policy severity override applies', () => {
    const strict = policyFrom('require: { retention: true }\nrules: { missing-retention: error }');
    const r = check(field('@personalData contact.phone'), strict);
    assert.deepEqual(r.textOf('missing-retention'), ['@personalData']);
    assert.equal(r.only('missing-retention')[0].severity, 'error');
    assert.deepEqual(check(field('@personalData contact.phone retention=30d'), strict).only('missing-retention'), []);
    const off = policyFrom('require: { retention: true }\nrules: { missing-retention: "off" }');
    assert.deepEqual(check(field('@personalData contact.phone'), off).only('missing-retention'), []);
  });

  test('retention-exceeds-purpose: longer than the purpose, fix sets the limit', () => {
    const code = field('@personalData contact.phone purpose=account retention=5y');
    const [f] = check(code, POLICY).only('retention-exceeds-purpose');
    assert.equal(code.slice(f.span.start, f.span.end), '5y');
    assert.equal((f.fix as { value: string }).value, '3y');
    assert.deepEqual(check(field('@personalData contact.phone purpose=account retention=36m'), POLICY).only('retention-exceeds-purpose'), [], '36m equals 3y');
    assert.equal(check(field('@personalData contact.phone purpose=account retention=37m'), POLICY).only('retention-exceeds-purpose').length, 1);
  });

  test('missing-impact-assessment: sensitive data and transfers, unless a pia is on the tag, purpose or destination', () => {
    assert.equal(check(field('@personalData identity.idNumber purpose=marketing basis=separate-consent'), POLICY).only('missing-impact-assessment').length, 1);
    assert.deepEqual(check(field('@personalData identity.idNumber purpose=marketing basis=separate-consent pia=PIA-7'), POLICY).only('missing-impact-assessment'), []);
    assert.deepEqual(check(field('@personalData biometric.face purpose=faceLogin'), POLICY).only('missing-impact-assessment'), []);
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate'), POLICY).only('missing-impact-assessment').length, 1);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('missing-impact-assessment'), []);
  });

  test('cross-border-unknown-destination: not in the policy; a valid country code is fine without a policy', () => {
    const r = check(transfer('@crossBorder DE mechanism=standard-contract'), POLICY);
    assert.deepEqual(r.textOf('cross-border-unknown-destination'), ['DE']);
    assert.deepEqual(check(transfer('@crossBorder us-analytic'), POLICY).only('cross-border-unknown-destination').map((f) => (f.fix as { candidates: string[] }).candidates), [['us-analytics']]);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-unknown-destination'), []);
    assert.deepEqual(check(transfer('@crossBorder US'), POLICY).only('cross-border-unknown-destination'), [], 'matched by its country');
    assert.deepEqual(check(transfer('@crossBorder DE mechanism=standard-contract')).only('cross-border-unknown-destination'), []);
    assert.equal(check(transfer('@crossBorder Singapore')).only('cross-border-unknown-destination').length, 1);
  });

  test('cross-border-missing-mechanism: neither the tag nor the destination names one', () => {
    const r = check(transfer('@crossBorder DE consent=separate'));
    assert.deepEqual(r.textOf('cross-border-missing-mechanism'), ['DE']);
    // Without a declared volume the law's answer is not known, so no mechanism is written for the user.
    assert.equal(r.only('cross-border-missing-mechanism')[0].fix, undefined);
    assert.match(r.only('cross-border-missing-mechanism')[0].message.en, /at least exempt is required; declare crossBorder\.volume/);
    const known = check(transfer('@crossBorder DE consent=separate'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    DE: { separateConsent: true }\n'));
    const fix = known.only('cross-border-missing-mechanism')[0].fix as { value: string; claim: boolean };
    assert.deepEqual([fix.value, fix.claim], ['standard-contract', true]);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-missing-mechanism'), []);
  });

  test('cross-border-insufficient-mechanism: exempt at 250,000 individuals needs a standard contract (CBDF2024 Art. 8)', () => {
    const code = transfer('@crossBorder SG mechanism=exempt exemption=below-threshold');
    const [f] = check(code, POLICY).only('cross-border-insufficient-mechanism');
    assert.equal(code.slice(f.span.start, f.span.end), 'exempt');
    assert.match(f.message.en, /250,000 individuals since 1 January/);
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 40 }, { law: 'CBDF2024', article: 8 }]);
    const fix = f.fix as { key: string; value: string; remove?: { start: number; end: number } };
    assert.equal(fix.value, 'standard-contract');
    assert.equal(code.slice(fix.remove!.start, fix.remove!.end), 'exemption=below-threshold');
    // A weak mechanism that comes from the policy is fixed in the policy, not by overriding it in the tag.
    const fromPolicy = check(transfer('@crossBorder SG'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    SG: { mechanism: exempt, separateConsent: true }\n'));
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism').length, 1);
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism')[0].fix, undefined);
    // Contract necessity stands whatever the volume.
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt exemption=contract-necessity'), POLICY).only('cross-border-insufficient-mechanism'), []);
    // Without a policy, sensitive categories alone move the transfer to Art. 8.
    assert.equal(check(transfer('@crossBorder SG mechanism=exempt categories=health.medical consent=separate')).only('cross-border-insufficient-mechanism').length, 1);
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt categories=contact.phone consent=separate')).only('cross-border-insufficient-mechanism'), []);
  });

  test('cross-border-volume-undeclared: on the policy file', () => {
    const text = 'crossBorder:\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    const f = analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text);
    assert.deepEqual(f.map((x) => [x.rule, x.severity, text.slice(x.span.start, x.span.end)]), [['cross-border-volume-undeclared', 'info', 'destinations']]);
    const withVolume = 'crossBorder:\n  volume: { individuals: 5 }\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    assert.deepEqual(analyzePolicy(loadPolicy(withVolume, '/p/privacy-policy.yaml'), withVolume), []);
  });

  test('cross-border-mechanism-expired: error after validUntil, warning in the 60 days before', () => {
    const expired = check(transfer('@crossBorder JP consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(expired.map((f) => f.severity), ['error']);
    assert.match(expired[0].message.en, /expired on 2026-01-01/);
    const soon = check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-11-28').only('cross-border-mechanism-expired');
    assert.deepEqual(soon.map((f) => f.severity), ['warning']);
    assert.match(soon[0].message.en, /in 17 days/);
    assert.deepEqual(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-10-15').only('cross-border-mechanism-expired'), [], '61 days before');
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-10-16').only('cross-border-mechanism-expired').length, 1, '60 days before');
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY, '2026-12-15').only('cross-border-mechanism-expired')[0].severity, 'warning', 'valid on its last day');
  });

  test('cross-border-needs-separate-consent: neither consent=separate nor separateConsent', () => {
    const r = check(transfer('@crossBorder us-analytics pia=X'), POLICY);
    assert.deepEqual(r.textOf('cross-border-needs-separate-consent'), ['us-analytics']);
    const fix = r.only('cross-border-needs-separate-consent')[0].fix as { kind: string; key: string; value: string };
    assert.deepEqual([fix.kind, fix.key, fix.value], ['setParam', 'consent', 'separate']);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('cross-border-needs-separate-consent'), []);
    assert.deepEqual(check(transfer('@crossBorder us-analytics consent=separate pia=X'), POLICY).only('cross-border-needs-separate-consent'), []);
  });

  test('cross-border-category-not-allowed: a sent category outside the destination categories', () => {
    const r = check(transfer('@crossBorder SG categories=identity.name,financial.account'), POLICY);
    assert.deepEqual(r.textOf('cross-border-category-not-allowed'), ['financial.account']);
    assert.deepEqual(check(transfer('@crossBorder SG categories=identity.name,contact.address'), POLICY).only('cross-border-category-not-allowed'), []);
  });

  test('cross-border-domestic-destination: CN is not abroad', () => {
    const r = check(transfer('@crossBorder CN'));
    assert.deepEqual(r.rules, ['cross-border-domestic-destination']);
    assert.equal(r.findings[0].severity, 'info');
    assert.deepEqual(check(transfer('@crossBorder HK mechanism=exempt consent=separate')).only('cross-border-domestic-destination'), []);
  });

  test('policy-invalid is reported on the policy file (see policy tests)', () => {
    assert.ok(RULE_IDS.includes('policy-invalid'));
  });

  test('without a policy only law-based rules run', () => {
    const r = check(field('@personalData contact.phone'));
    assert.deepEqual(r.rules, []);
  });

  test('messages come in English and Chinese', () => {
    const r = check(field('@personalData biometric.face basis=consent'));
    assert.match(r.findings[0].message.zh, /单独同意/);
  });
});
