import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom, transfer } from '../../helpers';
import { POLICY } from './policy';

/** Below every threshold: 99,999 individuals' non-sensitive PI, no sensitive PI declared. */
const SMALL = (extra = '') =>
  policyFrom(`
crossBorder:
  volume: { individuals: 99999, sensitiveIndividuals: 0 }${extra}
  destinations:
    SG: { categories: [identity.name, contact.*], separateConsent: true }
`);

/** A function taking a type tagged as a child's data. */
const KIDS = `/**
 * The child's club profile.
 * @personalData identity.name, identity.birthDate subject=minor
 */
export interface Child { name: string; birthDate: string }

/**
 * Mails the birthday card from the Singapore print shop.
 * @crossBorder SG mechanism=exempt categories=identity.name,identity.birthDate
 */
export async function printCard(child: Child): Promise<void> {}
`;

describe('cross-border-insufficient-mechanism', () => {
  test('fires on exempt at 250,000 individuals, which needs a standard contract (CBDF2024 Art. 8)', () => {
    const code = transfer('@crossBorder SG mechanism=exempt exemption=below-threshold');
    const [f] = check(code, POLICY).only('cross-border-insufficient-mechanism');
    assert.equal(code.slice(f.span.start, f.span.end), 'exempt');
    assert.match(f.message.en, /250,000 individuals' non-sensitive PI provided abroad since 1 January \(100,000 or more, under 1,000,000\), so standard contract or certification is required \(CBDF2024 Art\. 8\)\./);
    assert.match(f.message.zh, /因此须订立个人信息出境标准合同或通过个人信息保护认证（《促进和规范数据跨境流动规定》第八条）。/);
    // PIPL Art. 40 is for CIIOs and processors over the security-assessment threshold, not for the Art. 8 tier.
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 38 }, { law: 'CBDF2024', article: 8 }]);
    const fix = f.fix as { key: string; value: string; remove?: { start: number; end: number } };
    assert.equal(fix.value, 'standard-contract');
    assert.equal(code.slice(fix.remove!.start, fix.remove!.end), 'exemption=below-threshold');
    // A weak mechanism that comes from the policy is fixed in the policy, not by overriding it in the tag.
    const fromPolicy = check(transfer('@crossBorder SG'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    SG: { mechanism: exempt, separateConsent: true }\n'));
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism').length, 1);
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism')[0].fix, undefined);
    // Without a policy, sensitive categories alone move the transfer to Art. 8.
    assert.equal(check(transfer('@crossBorder SG mechanism=exempt categories=health.medical consent=separate')).only('cross-border-insufficient-mechanism').length, 1);
  });

  test('fires citing PIPL Art. 40 only for a CIIO or over the security-assessment threshold', () => {
    const cite = (policy: string) => check(transfer('@crossBorder SG mechanism=standard-contract'), policyFrom(policy)).only('cross-border-insufficient-mechanism')[0];
    const ciio = cite('ciio: true\ncrossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    assert.deepEqual(ciio.citations, [{ law: 'PIPL', article: 38 }, { law: 'CBDF2024', article: 7 }, { law: 'PIPL', article: 40 }]);
    assert.match(ciio.message.en, /so security assessment is required \(CBDF2024 Art\. 7; PIPL Art\. 40\)/);
    assert.match(ciio.message.zh, /须申报数据出境安全评估（《促进和规范数据跨境流动规定》第七条；《个人信息保护法》第四十条）/);
    const big = cite('crossBorder:\n  volume: { individuals: 1000000, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    assert.ok(big.citations.some((c) => c.law === 'PIPL' && c.article === 40));
    const important = cite('crossBorder:\n  importantData: true\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    assert.deepEqual(important.citations, [{ law: 'PIPL', article: 38 }, { law: 'CBDF2024', article: 7 }], 'important data alone: CBDF2024 Art. 7, not PIPL Art. 40');
  });

  test('fires when important data voids an Art. 5 (1)-(3) exemption, saying why', () => {
    const [f] = check(transfer('@crossBorder SG mechanism=exempt exemption=hr'), SMALL('\n  importantData: true')).only('cross-border-insufficient-mechanism');
    assert.match(f.message.en, /exemption hr does not hold: the policy declares important data \(crossBorder\.importantData\), and PI relied on under an exemption must not include it \(CBDF2024 Art\. 5, second paragraph\)/);
    assert.match(f.message.zh, /豁免情形 hr 不适用：.*（《促进和规范数据跨境流动规定》第五条第二款）/);
    assert.ok(f.citations.some((c) => c.law === 'CBDF2024' && c.article === 5));
  });

  test('fires on minors\' data below every threshold: all PI of a minor under 14 is sensitive (PIPL Art. 28), so Art. 8, not Art. 5 (4)', () => {
    // subject=minor on the tag, with the categories on the tag.
    const onTag = check(transfer('@crossBorder SG mechanism=exempt subject=minor categories=identity.name'), SMALL()).only('cross-border-insufficient-mechanism');
    assert.equal(onTag.length, 1);
    assert.match(onTag[0].message.en, /personal information of minors under 14 is sent \(identity\.name\): all of it is sensitive \(PIPL Art\. 28\), so standard contract or certification is required/);
    assert.match(onTag[0].message.zh, /出境信息包含不满十四周岁未成年人的个人信息（identity\.name），均属敏感个人信息（《个人信息保护法》第二十八条）/);
    assert.ok(onTag[0].citations.some((c) => c.law === 'PIPL' && c.article === 28));
    // subject=minor on the tag, the categories from the destination.
    const fromDestination = check(transfer('@crossBorder SG mechanism=exempt subject=minor'), SMALL()).only('cross-border-insufficient-mechanism');
    assert.equal(fromDestination.length, 1);
    assert.match(fromDestination[0].message.en, /minors under 14 is sent \(identity\.name, contact\.phone, contact\.email, contact\.address\)/);
    // subject=minor on a type that reaches the function.
    const reached = check(KIDS, SMALL()).only('cross-border-insufficient-mechanism');
    assert.equal(reached.length, 1);
    assert.match(reached[0].message.en, /minors under 14 is sent \(identity\.name, identity\.birthDate\)/);
  });

  test('fires at the thresholds with minors\' data: 9,999 sensitive individuals need Art. 8, 10,000 a security assessment', () => {
    const at = (n: number) =>
      check(transfer('@crossBorder SG mechanism=standard-contract subject=minor categories=identity.name'), policyFrom(`crossBorder:\n  volume: { individuals: 0, sensitiveIndividuals: ${n} }\n  destinations:\n    SG: { separateConsent: true }\n`)).only('cross-border-insufficient-mechanism');
    assert.deepEqual(at(9_999), [], 'standard contract suffices under 10,000');
    assert.equal(at(10_000).length, 1, 'from 10,000 a security assessment');
  });

  test('does not fire on contract necessity (whatever the volume) or non-sensitive data below the threshold', () => {
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt exemption=contract-necessity'), POLICY).only('cross-border-insufficient-mechanism'), []);
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt categories=contact.phone consent=separate')).only('cross-border-insufficient-mechanism'), []);
    // The same transfers as above without subject=minor: 99,999 individuals' non-sensitive PI is exempt (Art. 5 (4)).
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt categories=identity.name'), SMALL()).only('cross-border-insufficient-mechanism'), []);
    assert.deepEqual(check(KIDS.replace(' subject=minor', ''), SMALL()).only('cross-border-insufficient-mechanism'), []);
  });
});
