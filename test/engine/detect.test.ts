/**
 * The personal-data detector behind unannotated-personal-data: its measured quality on the labelled set
 * (failing below the published floors), the splitter, pinyin, Chinese documentation, the negatives that
 * keep precision up, the prefilter, the scan of a file and the quick fix.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DETECTION_THRESHOLD,
  detectIdentifier,
  explainIdentifier,
  findUnannotated,
  isLikelyTestFile,
  mightContainPersonalData,
  splitWords,
  taggedNameSpans,
  type DetectContext,
  type UnannotatedDeclaration,
} from '../../server/src/engine/detect/index';
import { SEGMENT_VOCABULARY } from '../../server/src/engine/detect/lexicon';
import { FIRST_SIGHT, PUBLISHED_QUALITY, TARGET_QUALITY } from '../../server/src/engine/detect/quality';
import { BUILTIN_CATEGORIES, extractTags, parseSource } from '../../server/src/engine/index';
import { FIXTURES, REPO_ROOT, policyFrom } from '../helpers';

// ---------------------------------------------------------------- the labelled set

interface Item {
  name: string;
  typeText?: string;
  doc?: string;
  owner?: string;
  siblings?: string[];
  label: string | null;
  alt?: string[];
  split: 'tune' | 'test' | 'blind1' | 'blind2';
  source: string;
}

const ITEMS: Item[] = fs
  .readFileSync(path.join(FIXTURES, 'detection', 'identifiers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item);

const CATEGORY_IDS = new Set(BUILTIN_CATEGORIES.map((c) => c.id));

function contextOf(it: Item): DetectContext {
  return { typeText: it.typeText, doc: it.doc, ownerName: it.owner, siblings: it.siblings };
}

interface Score {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Strict scoring: a detection with the wrong category is a false positive and a false negative. */
function score(items: Item[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const d = detectIdentifier(it.name, contextOf(it));
    const accepted = it.label ? [it.label, ...(it.alt ?? [])] : [];
    if (d && accepted.includes(d.category)) tp++;
    else {
      if (d) fp++;
      if (it.label) fn++;
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { items: items.length, tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

function fmt(s: Score): string {
  return `n=${s.items} tp=${s.tp} fp=${s.fp} fn=${s.fn} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`;
}

describe('detector quality on the labelled set', () => {
  test('the set: enough items, valid labels, both conventions, roughly balanced, labelled before tuning', () => {
    assert.ok(ITEMS.length >= 400, `${ITEMS.length} items`);
    for (const it of ITEMS) {
      assert.ok(it.label === null || CATEGORY_IDS.has(it.label), `bad label ${it.label} on ${it.name}`);
      for (const a of it.alt ?? []) assert.ok(CATEGORY_IDS.has(a), `bad alt ${a} on ${it.name}`);
      assert.ok(['tune', 'test', 'blind1', 'blind2'].includes(it.split), `bad split on ${it.name}`);
      assert.ok(it.source, `no source on ${it.name}`);
    }
    const positives = ITEMS.filter((i) => i.label).length;
    assert.ok(positives / ITEMS.length > 0.3 && positives / ITEMS.length < 0.7, `${positives} positives of ${ITEMS.length}`);
    // Chinese conventions: CJK names or docs, or pinyin (named so in the source).
    const chinese = ITEMS.filter((i) => /[\u4e00-\u9fff]/.test(i.name + (i.doc ?? '')) || /pinyin|initials/.test(i.source)).length;
    assert.ok(chinese >= 150, `${chinese} Chinese-convention items`);
    const held = ITEMS.filter((i) => i.split === 'test');
    assert.ok(held.length >= 300, `${held.length} held-out items`);
  });

  test('precision and recall: overall, per split, against the published floors', () => {
    const splits = { all: ITEMS, tune: ITEMS.filter((i) => i.split === 'tune'), test: ITEMS.filter((i) => i.split === 'test'), blind1: ITEMS.filter((i) => i.split === 'blind1'), blind2: ITEMS.filter((i) => i.split === 'blind2') };
    const lines: string[] = [];
    for (const [name, items] of Object.entries(splits) as [keyof typeof PUBLISHED_QUALITY, Item[]][]) {
      const s = score(items);
      lines.push(`  ${name.padEnd(6)} ${fmt(s)}`);
      const floor = PUBLISHED_QUALITY[name];
      assert.ok(s.precision >= floor.precision, `${name}: precision ${s.precision.toFixed(3)} < published ${floor.precision}`);
      assert.ok(s.recall >= floor.recall, `${name}: recall ${s.recall.toFixed(3)} < published ${floor.recall}`);
      assert.ok(floor.precision >= TARGET_QUALITY.precision && floor.recall >= TARGET_QUALITY.recall, `${name}: published floor below the target`);
    }
    lines.push(`  first sight of the blind sets (before they were used): blind1 P=${FIRST_SIGHT.blind1.precision} R=${FIRST_SIGHT.blind1.recall}; blind2 P=${FIRST_SIGHT.blind2.precision} R=${FIRST_SIGHT.blind2.recall}`);
    console.log(`unannotated-personal-data detector (threshold ${DETECTION_THRESHOLD}):\n${lines.join('\n')}`);
  });

  test('fast: every labelled item in well under a millisecond', () => {
    const t0 = performance.now();
    for (let k = 0; k < 3; k++) for (const it of ITEMS) detectIdentifier(`${it.name}${k}`, contextOf(it));
    const perItem = (performance.now() - t0) / (3 * ITEMS.length);
    assert.ok(perItem < 0.5, `${perItem.toFixed(3)} ms per item`);
  });
});

// ---------------------------------------------------------------- unit tests of the detector

const cat = (name: string, ctx: DetectContext = {}) => detectIdentifier(name, ctx)?.category;

describe('identifier splitting', () => {
  const split = (s: string) => splitWords(s, SEGMENT_VOCABULARY);
  test('camelCase, PascalCase, snake_case, kebab-case, SCREAMING, digits, acronyms', () => {
    assert.deepEqual(split('receiverPhoneNo'), ['receiver', 'phone', 'no']);
    assert.deepEqual(split('ReceiverPhoneNo'), ['receiver', 'phone', 'no']);
    assert.deepEqual(split('receiver_phone_no'), ['receiver', 'phone', 'no']);
    assert.deepEqual(split('x-real-ip'), ['x', 'real', 'ip']);
    assert.deepEqual(split('CLIENT_IP_ADDR'), ['client', 'ip', 'addr']);
    assert.deepEqual(split('addressLine1'), ['address', 'line', '1']);
    assert.deepEqual(split('photoURL'), ['photo', 'url']);
    assert.deepEqual(split('IPAddress'), ['ip', 'address']);
    assert.deepEqual(split('_secretPhone'), ['secret', 'phone']);
  });
  test('run-together words and pinyin are segmented; pinyin syllables written apart are joined', () => {
    assert.deepEqual(split('phonenumber'), ['phone', 'number']);
    assert.deepEqual(split('headimgurl'), ['head', 'img', 'url']);
    assert.deepEqual(split('kehuxingming'), ['kehu', 'xingming']);
    assert.deepEqual(split('kehudianhua'), ['kehu', 'dianhua']);
    assert.deepEqual(split('ShouJiHao'), ['shoujihao']);
    assert.deepEqual(split('KeHu'), ['kehu']);
  });
  test('words that only look like compounds stay whole; initials are never read as English', () => {
    assert.deepEqual(split('microphone'), ['microphone']);
    assert.deepEqual(split('interface'), ['interface']);
    assert.deepEqual(split('telemetry'), ['telemetry']);
    assert.deepEqual(split('dbsfzh'), ['dbsfzh']);
    // Separators keep words apart: x-real-ip is not "realip".
    assert.deepEqual(split('real_ip'), ['real', 'ip']);
  });
});

describe('English names', () => {
  test('clear names and their categories', () => {
    assert.equal(cat('phoneNumber'), 'contact.phone');
    assert.equal(cat('customerEmail'), 'contact.email');
    assert.equal(cat('dob'), 'identity.birthDate');
    assert.equal(cat('ssn'), 'identity.idNumber');
    assert.equal(cat('idCardNo'), 'identity.idNumber');
    assert.equal(cat('passwordHash'), 'account.credential');
    assert.equal(cat('bankCardNo'), 'financial.account');
    assert.equal(cat('faceTemplate', { typeText: 'Uint8Array' }), 'biometric.face');
    assert.equal(cat('clientIp'), 'device.ip');
    assert.equal(cat('shippingAddress'), 'contact.address');
    assert.equal(cat('emailAddress'), 'contact.email', 'email address is an email, not a postal address');
    assert.equal(cat('ipAddress'), 'device.ip');
    assert.equal(cat('macAddress'), 'device.id');
  });
  test('name alone is not personal data; a person makes it so', () => {
    assert.equal(cat('name'), undefined);
    assert.equal(cat('name', { ownerName: 'Product' }), undefined);
    assert.equal(cat('name', { ownerName: 'User', typeText: 'string' }), 'identity.name');
    assert.equal(cat('fileName'), undefined);
    assert.equal(cat('displayName', { ownerName: 'FunctionComponent' }), undefined);
    assert.equal(cat('realName'), 'identity.name');
    assert.equal(cat('customerName'), 'identity.name');
    assert.equal(cat('fullName'), 'identity.name');
    assert.equal(cat('name', { ownerName: 'UserLocationDto' }), undefined, "a user's location's name");
  });
  test('id alone is not an ID document', () => {
    assert.equal(cat('id'), undefined);
    assert.equal(cat('userId'), undefined, 'surrogate keys are covered by their record');
    assert.equal(cat('idempotencyKey'), undefined);
    assert.equal(cat('idNumber'), 'identity.idNumber');
  });
  test('address depends on context and type', () => {
    assert.equal(cat('address', { typeText: 'string' }), undefined);
    assert.equal(cat('address', { ownerName: 'Customer', typeText: 'string' }), 'contact.address');
    assert.equal(cat('address', { ownerName: 'ServerConfig', typeText: 'string' }), undefined);
    assert.equal(cat('memoryAddress', { typeText: 'number' }), undefined);
    assert.equal(cat('addressBar'), undefined);
    assert.equal(cat('receiverAddress', { ownerName: 'IOrderModel', siblings: ['destinationChain', 'orderHash'] }), undefined, 'a wallet');
    assert.equal(cat('receiverAddress', { ownerName: 'Shipment', siblings: ['receiverName', 'receiverPhone'] }), 'contact.address');
  });
});

describe('negatives that keep precision', () => {
  const none = [
    'phoneticAlphabet', 'emailTemplate', 'addressBar', 'ipcChannel', 'nameSpace', 'fileName', 'userAgentParser',
    'idempotencyKey', 'countryCode', 'phoneFormatRegex', 'isMobile', 'mobileBreakpoint', 'showPassword',
    'passwordPolicy', 'emailEnabled', 'PHONE_REGEX', 'fontFace', 'faceCount', 'certFingerprint', 'diagnostics',
    'healthCheck', 'heartbeat', 'fontWeight', 'microphoneEnabled', 'hotelName', 'telemetry', 'supportEmail',
    'companyPhone', 'serverIp', 'mockPhone', 'trackingNumber', 'browserHistory', 'credits', 'degrees',
  ];
  for (const name of none) test(name, () => assert.equal(detectIdentifier(name), undefined, JSON.stringify(explainIdentifier(name))));
  test('types that are not values: flags, functions, regular expressions, elements, templates, constants', () => {
    assert.equal(cat('phone', { typeText: 'boolean' }), undefined);
    assert.equal(cat('email', { typeText: '(to: string) => Promise<void>' }), undefined);
    assert.equal(cat('phonePattern', { typeText: 'RegExp' }), undefined);
    assert.equal(cat('passwordInput', { typeText: 'HTMLInputElement' }), undefined);
    assert.equal(cat('template', { typeText: 'EmailTemplate' }), undefined);
    assert.equal(cat('PASSWORD', { typeText: '"password"' }), undefined);
  });
  test('flags that are themselves personal data survive boolean', () => {
    assert.equal(cat('isPregnant', { typeText: 'boolean' }), 'health.physiological');
    assert.equal(cat('hasDisability', { typeText: 'boolean' }), 'specificIdentity.status');
  });
  test("owners that describe fields, not people: form errors, labels", () => {
    assert.equal(cat('email', { ownerName: 'SignupFormErrors', typeText: 'string' }), undefined);
    assert.equal(cat('phone', { ownerName: 'FieldLabels', typeText: 'string' }), undefined);
  });
});

describe('Chinese conventions', () => {
  test('pinyin, full and initials', () => {
    assert.equal(cat('shoujihao'), 'contact.phone');
    assert.equal(cat('sjh'), 'contact.phone');
    assert.equal(cat('shenfenzheng'), 'identity.idNumber');
    assert.equal(cat('sfzh'), 'identity.idNumber');
    assert.equal(cat('xingming'), 'identity.name');
    assert.equal(cat('dizhi', { ownerName: 'KeHu' }), 'contact.address');
    assert.equal(cat('yinhangka'), 'financial.account');
    assert.equal(cat('renlian'), 'biometric.face');
    assert.equal(cat('kehuxingming'), 'identity.name');
    assert.equal(cat('userSfzh'), 'identity.idNumber');
  });
  test('run-together initials with a head: clear prefixes only (xm is also 项目, dh also 单号)', () => {
    assert.equal(cat('khxm'), 'identity.name');
    assert.equal(cat('sjrxm'), 'identity.name');
    assert.equal(cat('jtzz'), 'contact.address');
    assert.equal(cat('lxrdh'), 'contact.phone');
    assert.equal(cat('dbsfzh'), 'identity.idNumber');
    assert.equal(cat('jcxm'), undefined, '检查项目');
    assert.equal(cat('ddh'), undefined, '订单号');
    assert.equal(cat('xmmc'), undefined, '项目名称');
    assert.equal(cat('sfyx'), undefined, '是否有效');
  });
  test('Chinese words in documentation, judged within their clause', () => {
    assert.equal(cat('value', { doc: '用户手机号' }), 'contact.phone');
    assert.equal(cat('field1', { doc: '客户住址' }), 'contact.address');
    assert.equal(cat('data', { doc: '身份证正反面照片' }) !== undefined, true);
    assert.equal(cat('img', { doc: '人脸照片' }), 'biometric.face');
    assert.equal(cat('cardNo', { doc: '银行卡号' }), 'financial.account');
    assert.equal(cat('regex', { doc: '手机号正则' }), undefined);
    assert.equal(cat('enabled', { doc: '是否开启手机号登录', typeText: 'boolean' }), undefined);
    assert.equal(cat('host', { doc: '服务器地址' }), undefined);
    assert.equal(cat('endpoint', { doc: '人脸识别服务地址' }), undefined);
    assert.equal(cat('source', { doc: '注册来源 (0: 管理员新增, 1: 手机号注册)', typeText: 'number' }), undefined, 'values explained, not a phone');
    assert.equal(cat('IsPositive', { doc: '是否阳性' }), 'health.medical', 'a test result is medical data, also as a flag');
  });
  test('Chinese identifiers', () => {
    assert.equal(cat('手机号'), 'contact.phone');
    assert.equal(cat('身份证号码'), 'identity.idNumber');
    assert.equal(cat('备注'), undefined);
  });
  test('the reason names the pinyin and the category, in both languages', () => {
    const d = detectIdentifier('shoujihao')!;
    assert.match(d.reason.en, /pinyin for 手机号/);
    assert.match(d.reason.zh, /“手机号”的拼音/);
    assert.ok(d.confidence >= DETECTION_THRESHOLD && d.confidence <= 1);
    const i = detectIdentifier('sfzh')!;
    assert.match(i.reason.en, /initials of 身份证号/);
  });
});

describe('English documentation and types', () => {
  test('the subject of the first sentence counts; a possessor, a compound or a regex does not', () => {
    assert.equal(cat('contact', { doc: "Customer's mobile phone number, E.164." }), 'contact.phone');
    assert.equal(cat('to', { doc: 'The email address of the recipient.' }), 'contact.email');
    assert.equal(cat('pattern', { doc: 'Regex matching phone numbers.', typeText: 'RegExp' }), undefined);
    assert.equal(cat('pbe', { doc: 'Password-based encryption functions.' }), undefined);
    assert.equal(cat('fullName', { ownerName: 'TranslationMetadata', doc: 'The full name associated with the translation metadata.' }), undefined);
    assert.equal(cat('family', { doc: 'Opaque family-name of the language model.' }), undefined);
  });
  test('types that name the data', () => {
    assert.equal(cat('contact', { typeText: 'PhoneNumber' }), 'contact.phone');
    assert.equal(cat('recipient', { typeText: 'EmailAddress' }), 'contact.email');
    assert.equal(cat('geo', { typeText: 'GeolocationPosition' }), 'location.track');
    assert.equal(cat('code', { typeText: 'ExtensionSignatureVerificationCode' }), undefined);
  });
});

// ---------------------------------------------------------------- prefilter

function declarationText(it: Item): string {
  const parts = (it.owner ?? 'Holder').split('.');
  const key = /^[A-Za-z_$][\w$]*$/.test(it.name) ? it.name : JSON.stringify(it.name);
  let body = `${it.doc ? `/** ${it.doc} */\n  ` : ''}${key}: ${it.typeText ?? 'string'};\n${(it.siblings ?? []).map((s) => `  ${s}: string;\n`).join('')}`;
  for (let i = parts.length - 1; i >= 1; i--) body = `${parts[i]}?: {\n${body}};\n`;
  return `export interface ${parts[0].replace(/[^\w$]/g, '_')} {\n${body}}\n`;
}

describe('prefilter', () => {
  test('sound on the labelled set: every detection passes it', () => {
    const missed = ITEMS.filter((it) => detectIdentifier(it.name, contextOf(it)) && !mightContainPersonalData(declarationText(it)));
    assert.deepEqual(missed.map((m) => m.name), []);
  });
  test('ordinary code without personal data does not pass', () => {
    assert.equal(mightContainPersonalData('export function add(a: number, b: number) { return a + b; }'), false);
    assert.equal(mightContainPersonalData('interface Props { className?: string; description: string; onClick(): void }'), false);
    assert.equal(mightContainPersonalData('// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, INCLUDING FITNESS FOR A PARTICULAR PURPOSE'), false);
    assert.equal(mightContainPersonalData('const skip = zip(tip, equip); interface Surface { interface: string; typeface: string }'), false);
    assert.equal(mightContainPersonalData('class XMLHttpRequest {}'), false);
  });
  test('camelCase short words and Chinese pass', () => {
    assert.equal(mightContainPersonalData('const clientIp = req.ip;'), true);
    assert.equal(mightContainPersonalData('let x: { CLIENT_IP: string }'), true);
    assert.equal(mightContainPersonalData('/** 手机号 */ a: string'), true);
    assert.equal(mightContainPersonalData('interface KeHu { khxm: string }'), true);
  });
  test("TypeScript's own lib .d.ts files: most are not parsed", () => {
    const dir = path.join(REPO_ROOT, 'node_modules', 'typescript', 'lib');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.d.ts'));
    let passed = 0;
    let bytes = 0;
    let passedBytes = 0;
    let readMs = 0;
    let filterMs = 0;
    for (const f of files) {
      const t0 = performance.now();
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const t1 = performance.now();
      const ok = mightContainPersonalData(text);
      filterMs += performance.now() - t1;
      readMs += t1 - t0;
      bytes += text.length;
      if (ok) {
        passed++;
        passedBytes += text.length;
      }
    }
    console.log(`prefilter on typescript/lib: ${passed}/${files.length} files (${(passedBytes / 1e6).toFixed(1)} of ${(bytes / 1e6).toFixed(1)} MB) pass; read ${readMs.toFixed(0)} ms, prefilter ${filterMs.toFixed(0)} ms`);
    assert.ok(passed / files.length <= 0.25, `${passed}/${files.length} passed`);
  });
});

// ---------------------------------------------------------------- scan

function scan(code: string, tagged: { start: number; end: number }[] = [], locals = false): UnannotatedDeclaration[] {
  const sf = parseSource(code, 'src/sample.ts');
  return findUnannotated(sf, code, tagged, { locals });
}

describe('scan of a file', () => {
  test('finds shoujihao in an interface, with the category, the name span and the insertion point', () => {
    const code = 'export interface KeHu {\n  id: string;\n  shoujihao: string;\n}\n';
    const [hit, ...rest] = scan(code);
    assert.equal(rest.length, 0);
    assert.equal(hit.name, 'shoujihao');
    assert.equal(hit.detection.category, 'contact.phone');
    assert.equal(code.slice(hit.span.start, hit.span.end), 'shoujihao');
    assert.equal(hit.kind, 'property');
    assert.equal(hit.declarationStart, code.indexOf('shoujihao'));
    assert.equal(hit.indent, '  ');
    assert.equal(hit.ownLine, true);
    assert.equal(hit.owner, 'KeHu');
  });
  test('skips tagged declarations, members of a tagged interface, and near-miss tags', () => {
    const code = [
      'export interface A {',
      '  /** @personalData contact.phone */',
      '  mobile: string;',
      '  email: string;',
      '}',
      '/** @personalData identity.name, contact.address */',
      'export interface B {',
      '  realName: string;',
      '  shippingAddress: string;',
      '}',
      'export interface C {',
      '  /** @personaldata contact.email */',
      '  email: string;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(scan(code).map((h) => `${h.owner}.${h.name}`), ['A.email']);
  });
  test('tagged spans from the extraction (names of tagged declarations) are honoured', () => {
    const code = 'interface D {\n  phone: string;\n  email: string;\n}\n';
    const start = code.indexOf('D');
    assert.deepEqual(scan(code, [{ start, end: start + 1 }]).map((h) => h.name), []);
    const phone = code.indexOf('phone');
    assert.deepEqual(scan(code, [{ start: phone, end: phone + 5 }]).map((h) => h.name), ['email']);
    const code2 = 'export interface E {\n  /** @personalData contact.phone */\n  phone: string;\n}\n';
    const tags = extractTags(code2, 'src/e.ts').tags;
    assert.deepEqual(taggedNameSpans(tags).map((s) => code2.slice(s.start, s.end)), ['phone']);
  });
  test('parameters of named functions and methods, not of callbacks; tagged functions cover their parameters', () => {
    const code = [
      'export function register(mobile: string, idCardNo: string) {}',
      'export class S {',
      '  constructor(private readonly email: string) {}',
      '  /** @personalData contact.phone purpose=account */',
      '  findByMobile(mobile: string) {}',
      '}',
      'list.map((phone) => phone.trim());',
      'export const send = (customerEmail: string) => {};',
      '',
    ].join('\n');
    assert.deepEqual(scan(code).map((h) => `${h.kind}:${h.name}`), ['parameter:mobile', 'parameter:idCardNo', 'parameter:email', 'parameter:customerEmail']);
    const [first] = scan(code);
    assert.equal(first.ownLine, false, 'an inline parameter gets an inline block');
  });
  test('variables: module level by default, locals on request; functions, classes and PascalCase skipped', () => {
    const code = [
      "export const adminPhone = '13800000000';",
      "const Avatar = styled.img``;",
      'const getEmail = () => "";',
      'function f() {',
      '  const customerEmail = input.email;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(scan(code).map((h) => h.name), ['adminPhone']);
    assert.deepEqual(scan(code, [], true).map((h) => h.name), ['adminPhone', 'customerEmail']);
  });
  test('object literal properties are not declarations to annotate; type literal members are', () => {
    const code = "res.json({ phone: user.phone });\nexport interface O { shipping: { receiverPhone: string } }\n";
    assert.deepEqual(scan(code).map((h) => `${h.owner}:${h.name}`), ['O.shipping:receiverPhone']);
  });
  test('uses the JSDoc, line comments and types of the declaration', () => {
    const code = ['export interface P {', '  /** 手机号 */', '  sj: string;', '  lx: string; // 联系电话', '  tpl: EmailTemplate;', '}', ''].join('\n');
    const hits = scan(code);
    assert.deepEqual(hits.map((h) => `${h.name}:${h.detection.category}`), ['sj:contact.phone', 'lx:contact.phone']);
    assert.ok(hits[0].jsDoc, 'the existing JSDoc block is reported for the fix');
  });
});

describe('hostile input', () => {
  test('generated code nested deeper than recursion allows is walked iteratively', () => {
    const code = `export const mobile: string = a${'.b()'.repeat(20000)};\nexport interface U { email: string }\n`;
    assert.deepEqual(scan(code).map((h) => h.name), ['mobile', 'email']);
  });
  test('huge names and documentation cost little', () => {
    const t0 = performance.now();
    detectIdentifier('phone'.repeat(30));
    detectIdentifier('x1', { doc: '手机'.repeat(5000) });
    detectIdentifier('x2', { doc: 'phone '.repeat(20000) });
    mightContainPersonalData('sfz'.repeat(300000));
    assert.ok(performance.now() - t0 < 500, `${(performance.now() - t0).toFixed(0)} ms`);
  });
});

describe('files', () => {
  test('test files are recognised', () => {
    assert.equal(isLikelyTestFile('src/__tests__/user.ts'), true);
    assert.equal(isLikelyTestFile('src/user.spec.ts'), true);
    assert.equal(isLikelyTestFile('test/fixtures/a.ts'), true);
    assert.equal(isLikelyTestFile('src/user.ts'), false);
    assert.equal(isLikelyTestFile('src/contest/user.ts'), false);
  });
});
