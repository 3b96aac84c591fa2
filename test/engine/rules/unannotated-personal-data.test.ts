/**
 * unannotated-personal-data: the finding (message in both languages, citing the articles) and its quick fix, which
 * adds the tag in the declaration's JSDoc (what looks like personal data is the detector's: test/engine/detect.test.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTags, parseSource } from '../../../server/src/engine/index';
import { findUnannotated } from '../../../server/src/engine/detect/index';
import { tagEdit } from '../../../server/src/engine/extract/jsDocEdit';
import { PURPOSE_PLACEHOLDER, purposeChoices, tagFixes } from '../../../server/src/engine/rules/unannotated-personal-data';
import { check, policyFrom } from '../../helpers';

function scan(code: string) {
  return findUnannotated(parseSource(code, 'src/sample.ts'), code);
}

describe('unannotated-personal-data', () => {
  test('fires on a declaration that looks like personal data: message in both languages, citing the articles, with fixes', () => {
    // Hints run on files parsed anyway for their tags (the CLI's --hints and open editors check every file).
    const code = '/** @personalData contact.email */\nexport const email = "";\nexport interface KeHu {\n  sfzh: string;\n}\n';
    const [f] = check(code, undefined, '2026-11-28', 'src/kehu.ts').only('unannotated-personal-data');
    assert.match(f.message.en, /"sfzh" looks like personal information \(identity\.idNumber, ID document number\)/);
    assert.match(f.message.en, /PIPL Arts\. 4, 51/);
    assert.match(f.message.zh, /第四条、第五十一条/);
    assert.equal(f.fix?.kind, 'addTag');
    assert.equal(code.slice(f.span.start, f.span.end), 'sfzh');
  });

  test('does not fire on tagged declarations, in test files, or when the policy turns it off', () => {
    const tagged = 'export interface KeHu {\n  /** @personalData identity.idNumber */\n  sfzh: string;\n}\n';
    assert.deepEqual(check(tagged, undefined, '2026-11-28', 'src/kehu.ts').only('unannotated-personal-data'), []);
    const code = '/** @personalData contact.email */\nexport const email = "";\nexport interface KeHu {\n  sfzh: string;\n}\n';
    assert.deepEqual(check(code, undefined, '2026-11-28', 'src/__tests__/kehu.ts').only('unannotated-personal-data'), []);
    assert.deepEqual(check(code, policyFrom('rules: { unannotated-personal-data: "off" }'), '2026-11-28', 'src/kehu.ts').only('unannotated-personal-data'), []);
    assert.equal(check(code, undefined, '2026-11-28', 'src/kehu.ts').only('unannotated-personal-data').length, 1);
  });
});

/** Applies the fix and checks that the extractor then sees the tag on the declaration. */
function applyAndExtract(code: string, name: string): { text: string; tags: string[] } {
  const hit = scan(code).find((h) => h.name === name);
  assert.ok(hit, `no hit for ${name}`);
  const [fix] = tagFixes(code, hit);
  const text = code.slice(0, fix.edit.start) + fix.edit.newText + code.slice(fix.edit.end);
  const extracted = extractTags(text, 'src/fixed.ts');
  assert.deepEqual(extracted.errors, [], text);
  const tags = extracted.tags.map((t) => `${t.declaration.name}:${t.subjects.map((s) => s.text).join(',')}`);
  assert.deepEqual(scan(text).filter((h) => h.name === name), [], `still reported after the fix:\n${text}`);
  return { text, tags };
}

describe('quick fix', () => {
  test('a new block above a declaration on its own line, keeping its indentation', () => {
    const r = applyAndExtract('export interface A {\n  id: string;\n  phone: string;\n}\n', 'phone');
    assert.equal(r.text, 'export interface A {\n  id: string;\n  /** @personalData contact.phone */\n  phone: string;\n}\n');
    assert.deepEqual(r.tags, ['phone:contact.phone']);
  });
  test('a line added to an existing multi-line JSDoc block', () => {
    const code = 'interface A {\n  /**\n   * Mobile, used to log in.\n   */\n  mobile: string;\n}\n';
    const r = applyAndExtract(code, 'mobile');
    assert.equal(r.text, 'interface A {\n  /**\n   * Mobile, used to log in.\n   * @personalData contact.phone\n   */\n  mobile: string;\n}\n');
  });
  test('a one-line JSDoc block becomes a block with the tag', () => {
    const r = applyAndExtract('interface A {\n  /** 手机号 */\n  sj: string;\n}\n', 'sj');
    assert.equal(r.text, 'interface A {\n  /**\n   * 手机号\n   * @personalData contact.phone\n   */\n  sj: string;\n}\n');
    const same = applyAndExtract('interface A {\n  /** 手机号 */ sj: string;\n}\n', 'sj');
    assert.deepEqual(same.tags, ['sj:contact.phone']);
  });
  test('closing on a text line, CRLF text, and an inline parameter', () => {
    const r = applyAndExtract('interface A {\n  /** Home address\n   * of the customer. */\n  homeAddress: string;\n}\n', 'homeAddress');
    assert.deepEqual(r.tags, ['homeAddress:contact.address']);
    const crlf = applyAndExtract('interface A {\r\n  phone: string;\r\n}\r\n', 'phone');
    assert.equal(crlf.text, 'interface A {\r\n  /** @personalData contact.phone */\r\n  phone: string;\r\n}\r\n');
    const p = applyAndExtract('export function f(a: number, mobile: string) {}\n', 'mobile');
    assert.equal(p.text, 'export function f(a: number, /** @personalData contact.phone */ mobile: string) {}\n');
    assert.deepEqual(p.tags, ['mobile:contact.phone']);
  });
  test('purpose= when the policy requires one: covering purposes first, the placeholder when none', () => {
    const policy = policyFrom(`
version: 1
require: { purpose: true }
purposes:
  account: { basis: contract, categories: [identity.name, contact.*], retention: 3y }
  delivery: { basis: contract, categories: [contact.address], retention: 3y }
  open: { retention: 2y }
`);
    assert.deepEqual(purposeChoices('contact.phone', policy), ['account', 'open']);
    assert.deepEqual(purposeChoices('biometric.face', policy), ['open']);
    assert.equal(purposeChoices('contact.phone', undefined), undefined);
    const strict = policyFrom('version: 1\nrequire: { purpose: true }\npurposes:\n  account: { categories: [contact.*] }\n');
    assert.deepEqual(purposeChoices('biometric.face', strict), [PURPOSE_PLACEHOLDER]);
    const code = 'interface A {\n  phone: string;\n}\n';
    const [hit] = scan(code);
    const fixes = tagFixes(code, hit, policy);
    assert.deepEqual(fixes.map((f) => f.tag), ['@personalData contact.phone purpose=account', '@personalData contact.phone purpose=open']);
    assert.equal(fixes[0].title.en, 'Annotate as contact.phone (purpose=account)');
    assert.equal(fixes[0].preferred, false);
    const one = tagFixes(code, hit, strict);
    assert.deepEqual(one.map((f) => [f.tag, f.preferred]), [['@personalData contact.phone purpose=account', true]]);
  });
  test('tagEdit is usable on its own', () => {
    const code = 'let x = 1;\n    email: string;\n';
    const e = tagEdit(code, { declarationStart: code.indexOf('email'), indent: '    ', ownLine: true }, '@personalData contact.email');
    assert.deepEqual(e, { start: 11, end: 11, newText: '    /** @personalData contact.email */\n' });
  });
});


describe('unannotated-personal-data on facial recognition (egress discovery)', () => {
  const FACE = `import { RekognitionClient, CompareFacesCommand } from '@aws-sdk/client-rekognition';
const rekognition = new RekognitionClient({ region: 'cn-north-1' });

export async function verifySelfie(selfie: Uint8Array, enrolled: Uint8Array) {
  return rekognition.send(new CompareFacesCommand({ SourceImage: { Bytes: enrolled }, TargetImage: { Bytes: selfie } }));
}
`;

  test('fires on a facial recognition call whose data no @personalData biometric.face covers, with a fix tagging the function', () => {
    const r = check(FACE);
    const [f] = r.only('unannotated-personal-data').filter((x) => /facial recognition/.test(x.message.en));
    assert.equal(FACE.slice(f.span.start, f.span.end), 'rekognition.send');
    assert.match(f.message.en, /^Amazon Rekognition is facial recognition: this call creates or sends face data \(biometric\.face, sensitive personal information under PIPL Art\. 28\), and no @personalData biometric\.face covers it/);
    assert.match(f.message.zh, /属于人脸识别：该调用生成或发送人脸信息（biometric\.face/);
    assert.equal(f.fix?.kind === 'addTag' && f.fix.choices[0].tag, '@personalData biometric.face');
    // cn-north-1 is in mainland China: no transfer finding.
    assert.deepEqual(r.only('cross-border-untagged-transfer'), []);
  });

  test('does not fire on facial recognition once @personalData biometric.face covers the function', () => {
    const tagged = FACE.replace('export async function', '/** @personalData biometric.face basis=separate-consent */\nexport async function');
    assert.deepEqual(check(tagged).only('unannotated-personal-data').filter((x) => /facial recognition/.test(x.message.en)), []);
  });
});
