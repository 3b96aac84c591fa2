/** Completion in JSDoc blocks: tag names, categories, destinations, keys and values. `|` marks the cursor. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPolicy, type Policy } from '../../server/src/engine/index';
import type { TextEdit } from 'vscode-languageserver';
import { completionsAt, TRIGGER_SUGGEST } from '../../server/src/lsp/completion';
import { complete, order } from './completionHarness';

const POLICY_YAML = `
version: 1
categories:
  allow: [identity.*, contact.*, account.*, device.*, biometric.face, loyalty.tier]
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
purposes:
  account:
    description: Customer account and sign-in
    descriptionZh: 用户账号与登录
    basis: contract
    categories: [identity.name, contact.phone, contact.email, account.*]
    retention: 3y
  faceLogin:
    description: Password-free login by face
    descriptionZh: 刷脸登录
    basis: separate-consent
    categories: [biometric.face, account.id]
    retention: 1y
    impactAssessment: PIA-2026-003
crossBorder:
  destinations:
    us-analytics:
      country: US
      recipients: [bluepeak-analytics]
      mechanism: standard-contract
      validUntil: "2027-12-15"
      categories: [account.id, device.id]
`;

function policy(): Policy {
  const loaded = loadPolicy(POLICY_YAML, '/p/privacy-policy.yaml');
  assert.deepEqual(loaded.problems, []);
  return loaded.policy!;
}


describe('completion: tag names', () => {
  test('@pers offers personalData, replacing the partial word', () => {
    const r = complete('/** @pers|');
    const item = r.get('personalData');
    assert.equal(r.replaced(item), 'pers');
    assert.match(r.accept('personalData'), /^\/\*\* @personalData\b/);
    assert.ok(r.labels.includes('crossBorder'));
    assert.equal(item.filterText, 'personalData');
  });

  test('after a leading star on a later line, and after a bare @', () => {
    const r = complete('/**\n * Sends orders.\n * @cr|\n */\nexport function send() {}\n');
    assert.equal(r.replaced(r.get('crossBorder')), 'cr');
    const bare = complete('/**\n * @|\n */');
    assert.deepEqual(bare.labels.sort(), ['crossBorder', 'personalData']);
    assert.equal(bare.replaced(bare.get('personalData')), '');
  });

  test('a snippet when the rest of the line is empty, re-triggering suggest; a plain name otherwise', () => {
    const r = complete('/** @pers|', { policy: policy() });
    const item = r.get('personalData');
    assert.equal(item.insertTextFormat, 2 /* Snippet */);
    assert.match((item.textEdit as TextEdit).newText, /^personalData \$\{1\}/);
    assert.deepEqual(item.command, TRIGGER_SUGGEST);
    const mid = complete('/** @pers| contact.phone */');
    assert.equal((mid.get('personalData').textEdit as TextEdit).newText, 'personalData');
    assert.equal(mid.get('personalData').insertTextFormat, undefined);
  });

  test('the whole word under the cursor is replaced', () => {
    const r = complete('/** @pers|onaldata contact.phone */');
    assert.equal(r.replaced(r.get('personalData')), 'personaldata');
  });

  test('documentation gives the short syntax in the user language', () => {
    const en = complete('/** @|').get('crossBorder');
    assert.match(JSON.stringify(en.documentation), /@crossBorder <destination>/);
    const zh = complete('/** @|', { lang: 'zh' }).get('crossBorder');
    assert.match(JSON.stringify(zh.documentation), /境外/);
  });

  test('not in the middle of a description line', () => {
    assert.deepEqual(complete('/** Contact @pers|').items, []);
    assert.deepEqual(complete('/**\n * See the docs, @pers|\n */').items, []);
  });
});

describe('completion: categories', () => {
  test('@personalData lists the taxonomy, sensitive first, with the policy custom categories', () => {
    const r = complete('/** @personalData | */', { policy: policy() });
    const face = r.get('biometric.face');
    assert.match(face.detail!, /⚠ sensitive \(PIPL Art\. 28\)/);
    assert.match(face.detail!, /Face data/);
    assert.match(face.detail!, /人脸信息/);
    assert.ok(face.sortText! < r.get('contact.phone').sortText!);
    const seen = order(r.items);
    assert.ok(seen.indexOf('biometric.face') < seen.indexOf('contact.phone'));
    assert.match(r.get('loyalty.tier').detail!, /Loyalty tier/);
    assert.ok(r.labels.includes('contact'), 'group ids are offered');
    assert.equal(r.replaced(face), '');
    assert.ok(!r.labels.includes('purpose='), 'no keys before the first category');
  });

  test('without a policy: the built-in taxonomy', () => {
    const r = complete('/** @personalData | */');
    assert.ok(r.labels.includes('biometric.face'));
    assert.ok(r.labels.includes('education.record'));
    assert.ok(!r.labels.includes('loyalty.tier'));
  });

  test('categories outside categories.allow are still offered, marked and sorted last', () => {
    const r = complete('/** @personalData | */', { policy: policy() });
    const health = r.get('health.medical');
    assert.match(health.detail!, /not allowed by the policy/);
    assert.match(health.detail!, /sensitive/);
    const seen = order(r.items);
    assert.ok(seen.indexOf('health.medical') > seen.indexOf('contact.phone'));
    assert.ok(seen.indexOf('health.medical') > seen.indexOf('loyalty.tier'));
    assert.doesNotMatch(r.get('contact.phone').detail!, /not allowed/);
  });

  test('after a comma: categories again (not the ones already written), no keys', () => {
    for (const src of ['/** @personalData contact.phone, | */', '/** @personalData contact.phone,| */']) {
      const r = complete(src, { policy: policy() });
      assert.ok(r.labels.includes('contact.email'), src);
      assert.ok(!r.labels.includes('contact.phone'), src);
      assert.ok(!r.labels.includes('purpose='), src);
    }
  });

  test('a partial category is replaced as a whole, and only that list entry', () => {
    const r = complete('/** @personalData identity.name,cont|act.phone purpose=account */');
    assert.equal(r.replaced(r.get('contact.email')), 'contact.phone');
    assert.equal(r.accept('contact.email'), '/** @personalData identity.name,contact.email purpose=account */');
  });

  test("with purpose= on the line, categories outside the purpose are marked", () => {
    const r = complete('/** @personalData contact.phone, | purpose=account */', { policy: policy() });
    assert.match(r.get('device.id').detail!, /not covered by purpose "account"/);
    assert.doesNotMatch(r.get('identity.name').detail!, /not covered/);
  });
});

describe('completion: keys', () => {
  test('after a category and a space: the keys, as key=, re-triggering suggest', () => {
    const r = complete('/** @personalData contact.phone | */', { policy: policy() });
    const purpose = r.get('purpose=');
    assert.equal((purpose.textEdit as TextEdit).newText, 'purpose=');
    assert.deepEqual(purpose.command, TRIGGER_SUGGEST);
    assert.match(purpose.detail!, /Processing purpose/);
    for (const k of ['basis=', 'retention=', 'subject=', 'pia=']) assert.ok(r.labels.includes(k), k);
    assert.ok(!r.labels.includes('mechanism='));
    const seen = order(r.items);
    assert.ok(seen.indexOf('purpose=') < seen.indexOf('biometric.face'), 'keys before categories here');
  });

  test('keys already used on the line, before or after the cursor, are not offered', () => {
    const r = complete('/** @personalData contact.phone purpose=account | basis=contract */', { policy: policy() });
    assert.ok(!r.labels.includes('purpose='));
    assert.ok(!r.labels.includes('basis='));
    assert.ok(r.labels.includes('retention='));
    assert.ok(!r.labels.includes('contact.email'), 'no categories after the first key=value');
  });

  test('a partial key is replaced', () => {
    const r = complete('/** @personalData contact.phone ret| */');
    assert.equal(r.replaced(r.get('retention=')), 'ret');
    assert.equal(r.accept('retention='), '/** @personalData contact.phone retention= */');
  });

  test("editing the key of an existing pair keeps its '='", () => {
    const r = complete('/** @personalData contact.phone pur|pose=account */');
    assert.equal(r.accept('purpose='), '/** @personalData contact.phone purpose=account */');
  });

  test('@crossBorder keys after the destination', () => {
    const r = complete('/** @crossBorder SG | */');
    for (const k of ['recipient=', 'mechanism=', 'exemption=', 'categories=', 'purpose=', 'consent=', 'pia=']) assert.ok(r.labels.includes(k), k);
    assert.ok(!r.labels.includes('basis='));
    assert.ok(!r.labels.includes('US'), 'one destination only');
  });

  test('detail in Chinese with lang zh', () => {
    const r = complete('/** @personalData contact.phone | */', { lang: 'zh' });
    assert.match(r.get('basis=').detail!, /合法性基础/);
  });
});

describe('completion: values', () => {
  test('purpose= lists the policy purposes with description, basis and retention', () => {
    const r = complete('/** @personalData contact.phone purpose=| */', { policy: policy() });
    assert.deepEqual(r.labels.sort(), ['account', 'faceLogin']);
    const account = r.get('account');
    assert.match(account.detail!, /Customer account and sign-in/);
    assert.match(account.detail!, /basis=contract/);
    assert.match(account.detail!, /retention=3y/);
    assert.match(r.get('faceLogin').detail!, /does not cover contact\.phone/);
    assert.ok(account.sortText! < r.get('faceLogin').sortText!, 'a covering purpose first');
    assert.equal(r.accept('account'), '/** @personalData contact.phone purpose=account */');
  });

  test('purpose= with no policy: nothing', () => {
    assert.deepEqual(complete('/** @personalData contact.phone purpose=| */').items, []);
  });

  test('a partial value is replaced as a whole', () => {
    const r = complete('/** @personalData contact.phone purpose=acc|ont */', { policy: policy() });
    assert.equal(r.replaced(r.get('account')), 'accont');
  });

  test('basis= lists the 10 legal bases with citations', () => {
    const r = complete('/** @personalData contact.phone basis=| */');
    assert.equal(r.items.length, 10);
    assert.deepEqual(new Set(r.labels), new Set(['consent', 'separate-consent', 'guardian-consent', 'contract', 'hr', 'legal-duty', 'emergency', 'news', 'public-info', 'other-law']));
    assert.match(r.get('contract').detail!, /PIPL Art\. 13 \(2\)/);
    const zh = complete('/** @personalData contact.phone basis=| */', { lang: 'zh' });
    assert.match(zh.get('consent').detail!, /取得个人的同意/);
    assert.match(zh.get('consent').detail!, /《个人信息保护法》第十三条第（一）项、第十四条/);
  });

  test("basis= preselects the purpose's basis", () => {
    const r = complete('/** @personalData biometric.face purpose=faceLogin basis=| */', { policy: policy() });
    assert.equal(r.get('separate-consent').preselect, true);
    assert.ok(order(r.items)[0] === 'separate-consent');
  });

  test('mechanism= lists the 4 mechanisms; the destination\'s own comes first', () => {
    const r = complete('/** @crossBorder US mechanism=| */', { policy: policy() });
    assert.deepEqual(new Set(r.labels), new Set(['security-assessment', 'standard-contract', 'certification', 'exempt']));
    assert.equal(order(r.items)[0], 'standard-contract');
    assert.match(r.get('standard-contract').detail!, /us-analytics/);
  });

  test('exemption= and consent=', () => {
    assert.deepEqual(new Set(complete('/** @crossBorder SG mechanism=exempt exemption=| */').labels), new Set(['contract-necessity', 'hr', 'emergency', 'below-threshold']));
    assert.deepEqual(complete('/** @crossBorder SG consent=| */').labels, ['separate']);
  });

  test('retention= offers common durations and the purpose limit first', () => {
    const plain = complete('/** @personalData contact.phone retention=| */');
    for (const d of ['30d', '6m', '1y', '3y']) assert.ok(plain.labels.includes(d), d);
    const r = complete('/** @personalData biometric.face purpose=faceLogin retention=| */', { policy: policy() });
    assert.equal(order(r.items)[0], '1y');
    assert.match(r.get('1y').detail!, /faceLogin/);
    assert.match(r.get('3y').detail!, /longer than purpose "faceLogin" allows/);
    assert.equal(r.labels.filter((l) => l === '1y').length, 1);
  });

  test('subject= offers minor, explained', () => {
    const r = complete('/** @personalData contact.phone subject=| */');
    assert.deepEqual(r.labels, ['minor']);
    assert.match(r.get('minor').detail!, /under 14.*Art\. 31/);
    assert.match(complete('/** @personalData contact.phone subject=| */', { lang: 'zh' }).get('minor').detail!, /不满十四周岁/);
  });

  test('recipient= lists the recipients of the destination on the tag', () => {
    const r = complete('/** @crossBorder US recipient=| */', { policy: policy() });
    assert.deepEqual(r.labels, ['bluepeak-analytics']);
  });

  test('pia= offers the purpose\'s assessment', () => {
    const r = complete('/** @personalData biometric.face purpose=faceLogin pia=| */', { policy: policy() });
    assert.equal(r.get('PIA-2026-003').preselect, true);
  });

  test('categories= lists categories, after = and after a comma', () => {
    const first = complete('/** @crossBorder SG categories=| */');
    assert.ok(first.labels.includes('contact.phone'));
    for (const src of ['/** @crossBorder SG categories=contact.phone,| */', '/** @crossBorder SG categories=contact.phone, | */']) {
      const r = complete(src);
      assert.ok(r.labels.includes('identity.name'), src);
      assert.ok(!r.labels.includes('contact.phone'), src);
      assert.ok(!r.labels.includes('purpose='), src);
      assert.equal(r.accept('identity.name'), src.replace('|', 'identity.name'));
    }
  });

  test('categories= written "a, b": the list goes on after the space; no item is offered twice', () => {
    const cont = complete('/** @crossBorder SG categories=identity.name, cont|act.phone mechanism=exempt */');
    assert.equal(cont.replaced(cont.get('contact.email')), 'contact.phone');
    assert.ok(!cont.labels.includes('identity.name'));
    const first = complete('/** @crossBorder SG categories=identity.na|me, contact.phone */');
    assert.equal(first.replaced(first.get('identity.name')), 'identity.name');
    assert.ok(!first.labels.includes('contact.phone'));
    // Inside quotes, and after "key=value, " for a key that takes no list: nothing.
    assert.deepEqual(complete('/** @crossBorder SG categories="identity.name, |contact.phone" */').items, []);
    assert.deepEqual(complete('/** @personalData contact.phone purpose=account, | */').items, []);
  });

  test("categories= marks what the destination does not list", () => {
    const r = complete('/** @crossBorder us-analytics categories=| */', { policy: policy() });
    assert.match(r.get('contact.phone').detail!, /not listed for destination "us-analytics"/);
    assert.doesNotMatch(r.get('device.id').detail!, /not listed/);
  });

  test('unknown keys and quoted values: nothing', () => {
    assert.deepEqual(complete('/** @personalData contact.phone purpse=| */').items, []);
    assert.deepEqual(complete('/** @personalData contact.phone pia="PIA |" */').items, []);
  });
});

describe('completion: destinations', () => {
  test('@crossBorder lists the policy destinations first, then ISO codes named in both languages', () => {
    const r = complete('/** @crossBorder | */', { policy: policy() });
    assert.equal(order(r.items)[0], 'us-analytics');
    const dest = r.get('us-analytics');
    assert.match(dest.detail!, /standard-contract/);
    assert.match(dest.detail!, /2027-12-15/);
    const sg = r.get('SG');
    assert.match(sg.detail!, /Singapore/);
    assert.match(sg.detail!, /新加坡/);
    assert.match(sg.filterText!, /Singapore/);
    assert.ok(!r.labels.includes('CN'), 'mainland China is not a destination abroad');
    assert.ok(!r.labels.includes('purpose='), 'no keys before the destination');
    assert.ok(r.labels.length > 240);
  });

  test('an expired destination is marked', () => {
    const r = complete('/** @crossBorder | */', { policy: policy() });
    const items = completionsAt({ text: '/** @crossBorder  */', offset: 17, policy: policy(), lang: 'en', today: '2028-01-01' });
    assert.match(items.find((i) => i.label === 'us-analytics')!.detail!, /expired/);
    assert.doesNotMatch(r.get('us-analytics').detail!, /expired/);
  });

  test('a partial destination is replaced', () => {
    const r = complete('/** @crossBorder S|G mechanism=exempt */');
    assert.equal(r.replaced(r.get('SG')), 'SG');
  });
});

describe('completion: only inside JSDoc blocks', () => {
  test('nothing in code', () => {
    assert.deepEqual(complete('const a = 1; @pers|').items, []);
    assert.deepEqual(complete('@personalData |').items, []);
  });

  test('nothing in a string containing "/**"', () => {
    assert.deepEqual(complete('const s = "/** @pers|";').items, []);
    assert.deepEqual(complete("const s = '/** @personalData |';").items, []);
    assert.deepEqual(complete('const s = `/** @personalData |`;').items, []);
  });

  test('nothing in a // comment', () => {
    assert.deepEqual(complete('// /** @pers|').items, []);
    assert.deepEqual(complete('x(); // see /** @personalData |').items, []);
  });

  test('nothing after a closed */', () => {
    assert.deepEqual(complete('/** @personalData contact.phone */ @pers|').items, []);
    assert.deepEqual(complete('/** x */\nconst y = 1; // @personalData |').items, []);
    assert.deepEqual(complete('/**/ @pers|').items, []);
  });

  test('nothing in a plain /* */ comment', () => {
    assert.deepEqual(complete('/* @pers|').items, []);
  });

  test('inside a block after an earlier closed one', () => {
    const r = complete('/** a */\nconst x = 1;\n/**\n * @personalData |\n */\nconst y = 2;\n');
    assert.ok(r.labels.includes('contact.phone'));
  });

  test('near-miss tag names get nothing after them', () => {
    assert.deepEqual(complete('/** @personaldata | */').items, []);
  });
});

describe('completion: positions', () => {
  test('LSP positions on a later line, computed from the text when no positionAt is given (CRLF too)', () => {
    const src = 'export interface A {\r\n  /**\r\n   * @personalData contact.phone, cont|\r\n   */\r\n  phone: string;\r\n}\r\n';
    const r = complete(src, { positionAt: false });
    const e = r.get('contact.email').textEdit as TextEdit;
    assert.deepEqual(e.range, { start: { line: 2, character: 34 }, end: { line: 2, character: 38 } });
  });

  test('the ideographic and no-break spaces separate words, as the grammar reads them', () => {
    const keys = complete('/** @personalData contact.phone\u3000| */');
    assert.ok(keys.labels.includes('purpose='));
    const values = complete('/** @personalData\u00a0biometric.face\u3000purpose=faceLogin\u00a0basis=| */', { policy: policy() });
    assert.equal(values.get('separate-consent').preselect, true);
  });

  test('Chinese details with lang zh', () => {
    const r = complete('/** @personalData | */', { policy: policy(), lang: 'zh' });
    assert.match(r.get('biometric.face').detail!, /⚠ 敏感个人信息（《个人信息保护法》第二十八条）/);
    assert.match(r.get('biometric.face').detail!, /^.*人脸信息 \/ Face data/);
    assert.match(r.get('health.medical').detail!, /政策文件不允许/);
    const d = complete('/** @crossBorder | */', { policy: policy(), lang: 'zh' });
    assert.match(d.get('SG').detail!, /^.*新加坡 \/ Singapore/);
    assert.match(d.get('us-analytics').detail!, /有效期至 2027-12-15/);
    const p = complete('/** @personalData contact.phone purpose=| */', { policy: policy(), lang: 'zh' });
    assert.match(p.get('account').detail!, /用户账号与登录/);
  });
});

describe('completion: groups and odd comments', () => {
  test('a group is sensitive when all its members are, and says when some are', () => {
    const p = loadPolicy('categories:\n  sensitive: [identity.idNumber]\n', '/p/privacy-policy.yaml').policy!;
    const r = complete('/** @personalData | */', { policy: p });
    assert.match(r.get('biometric').detail!, /⚠ sensitive \(PIPL Art\. 28\)/);
    assert.match(r.get('identity').detail!, /includes sensitive identity\.idNumber/);
    assert.ok(r.get('biometric').sortText! < r.get('identity').sortText!);
    assert.match(r.get('identity.idNumber').detail!, /⚠ sensitive \(policy\)/);
  });

  test('a "/**" written inside a JSDoc block does not hide the block', () => {
    assert.ok(complete('/** see /** here @x\n * @personalData |\n */').labels.includes('contact.phone'));
    assert.ok(complete("/** it's /** here\n * @personalData |\n */").labels.includes('contact.phone'));
  });
});
