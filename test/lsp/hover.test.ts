/** Hovers: what each kind of token explains, in the user's language, and the span it covers. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, type HoverResult, type Lang } from '../../server/src/lsp/hover';
import { completionsAt } from '../../server/src/lsp/completion';
import { analyzeDocument, loadPolicy, type Policy } from '../../server/src/engine/index';
import { citationSummary } from '../../server/src/engine/law/citations';
import { HK_MO_TW_NOTE } from '../../server/src/engine/law/instruments';
import { extractTags } from '../../server/src/engine/extract/extractTags';
import { resolveTransfer } from '../../server/src/engine/resolve/resolve';
import type { ParameterReach } from '../../server/src/engine/xref/reaching';
import { transferHover } from '../../server/src/lsp/hoverTransfer';

function policyFrom(yaml: string): Policy {
  const loaded = loadPolicy(yaml, '/p/privacy-policy.yaml');
  assert.ok(loaded.policy, JSON.stringify(loaded.problems.map((p) => p.message.en)));
  return loaded.policy;
}

const POLICY = policyFrom(`
version: 1
handler: Example Trading Co., Ltd.
categories:
  allow: [identity.*, contact.*, biometric.face, account.*, loyalty.tier]
  sensitive: [identity.idNumber]
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
    health.secret: { label: Secret health flag, sensitive: true }
purposes:
  account:
    description: Customer account and sign_in
    descriptionZh: 用户账号与登录
    basis: contract
    categories: [identity.name, contact.*, account.*]
    retention: 3y
    impactAssessment: PIA-1
  faceLogin: { basis: separate-consent, categories: [biometric.face], retention: 1y, impactAssessment: PIA-2 }
  kids: { basis: guardian-consent, categories: [identity.name], retention: 1y, impactAssessment: PIA-3 }
crossBorder:
  volume: { individuals: 250000, sensitiveIndividuals: 0 }
  destinations:
    SG: { recipients: [acme], mechanism: standard-contract, reference: SC-2026-12, validUntil: "2027-03-01", categories: [identity.name, contact.*], separateConsent: true, impactAssessment: PIA-9 }
    us-analytics: { country: US, mechanism: standard-contract, validUntil: "2026-12-15", categories: [account.id] }
`);

const TODAY = '2026-11-28';

/** hoverAt on the analysis of a text, as the server does. */
function hoverOn(o: { text: string; fileName: string; offset: number; policy?: Policy; lang: Lang; today: string }): HoverResult | undefined {
  const analysis = analyzeDocument({ text: o.text, fileName: o.fileName }, o.policy, { today: o.today });
  return hoverAt({ analysis, offset: o.offset, lang: o.lang, today: o.today });
}

/** A tagged interface field. */
function field(tagLine: string): string {
  return `export interface Sample {\n  /** ${tagLine} */\n  value: string;\n}\n`;
}

/** Hover at the n-th occurrence (0-based) of `needle` in the text, one character into it. */
function hover(text: string, needle: string, opts: { policy?: Policy; lang?: Lang; nth?: number; into?: number } = {}): HoverResult | undefined {
  let at = -1;
  for (let i = 0; i <= (opts.nth ?? 0); i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not in text`);
  return hoverOn({ text, fileName: 'src/sample.ts', offset: at + (opts.into ?? 1), policy: opts.policy, lang: opts.lang ?? 'en', today: TODAY });
}

function must(h: HoverResult | undefined): HoverResult {
  assert.ok(h, 'expected a hover');
  return h;
}

function includesAll(md: string, parts: string[]): void {
  for (const p of parts) assert.ok(md.includes(p), `hover lacks ${JSON.stringify(p)}:\n${md}`);
}

describe('hover: categories', () => {
  test('biometric.face (en): both labels, sensitive, Arts. 28 and 29 and the other obligations', () => {
    const code = field('@personalData biometric.face purpose=faceLogin');
    const h = must(hover(code, 'biometric.face', { policy: POLICY }));
    includesAll(h.markdown, ['Face data', '人脸信息', 'biometric.face', 'sensitive', 'Sensitive personal information', 'biometric identification']);
    includesAll(h.markdown, ['PIPL Art. 28', 'PIPL Art. 29', 'PIPL Art. 30', 'PIPL Art. 55', 'PIPL Art. 13', 'PIPL Art. 17', 'PIPL Art. 19']);
    // Citation lines: describeCitation, then the summary.
    includesAll(h.markdown, ['PIPL Art. 29 · 敏感信息单独同意 / Separate consent for sensitive data', citationSummary({ law: 'PIPL', article: 29 }, 'en')!]);
    // The policy: allowed, which purposes allow it.
    includesAll(h.markdown, ['Allowed by', '`faceLogin`', 'separate-consent', '`1y`']);
    assert.ok(!h.markdown.includes('PIPL Art. 31'), 'no minor here');
    assert.ok(h.markdown.indexOf('**Law**') > h.markdown.indexOf('Obligations'), 'Law section comes last');
  });

  test('biometric.face (zh): Chinese text, both labels, Chinese summaries', () => {
    const code = field('@personalData biometric.face purpose=faceLogin');
    const h = must(hover(code, 'biometric.face', { policy: POLICY, lang: 'zh' }));
    includesAll(h.markdown, ['人脸信息', 'Face data', '敏感', '生物识别', '法律依据', '《个人信息保护法》第二十九条']);
    includesAll(h.markdown, [citationSummary({ law: 'PIPL', article: 29 }, 'zh')!, citationSummary({ law: 'PIPL', article: 28 }, 'zh')!]);
    assert.ok(!h.markdown.includes('Obligations'), 'section titles are in Chinese');
  });

  test('identity.idNumber: what the recommended national standard verifiably says (not "national practice"); not sensitive without a policy', () => {
    const code = field('@personalData identity.idNumber');
    const h = must(hover(code, 'identity.idNumber'));
    includesAll(h.markdown, ['ID document number', '身份证件号码', 'Not sensitive', 'No privacy-policy.yaml']);
    includesAll(h.markdown, ['National standard (recommended, not law)', 'GB/T 45574-2025', 'no longer lists ID card numbers as sensitive personal information', 'photos of the resident ID card']);
    assert.ok(!/national practice/i.test(h.markdown), h.markdown);
    assert.ok(!h.markdown.includes('PIPL Art. 29'));
    const zh = must(hover(code, 'identity.idNumber', { lang: 'zh' }));
    includesAll(zh.markdown, ['国家标准（推荐性，非法律）', '推荐性国家标准 GB/T 45574-2025《数据安全技术 敏感个人信息处理安全要求》', '不再将身份证件号码列为敏感个人信息', '居民身份证照片']);
    assert.ok(!zh.markdown.includes('国内实践'));
    for (const id of ['account.credential', 'communication.content']) {
      const other = must(hover(field(`@personalData ${id}`), id));
      assert.ok(!/national practice|National standard/i.test(other.markdown), `${id}: no unsupported claim\n${other.markdown}`);
    }
  });

  test('financial.transaction: sensitive through Art. 28\'s "etc.", not presented as a financial account', () => {
    const h = must(hover(field('@personalData financial.transaction'), 'financial.transaction'));
    includesAll(h.markdown, ['Sensitive personal information', 'Sensitive under PIPL Art. 28: not a kind the article names (it names financial accounts)', '"etc."']);
    assert.ok(!h.markdown.includes('A kind named in'), h.markdown);
    const zh = must(hover(field('@personalData financial.credit'), 'financial.credit', { lang: 'zh' }));
    includesAll(zh.markdown, ['依据《个人信息保护法》第二十八条：不属于该条列明的种类（该条列明的是金融账户）']);
    const account = must(hover(field('@personalData financial.account'), 'financial.account'));
    includesAll(account.markdown, ['A kind named in PIPL Art. 28: financial accounts', 'GB/T 45574-2025', 'financial-account information']);
  });

  test('a category the policy marks sensitive says the policy marks it, and lists the sensitive obligations', () => {
    const code = field('@personalData identity.idNumber purpose=account');
    const h = must(hover(code, 'identity.idNumber', { policy: POLICY }));
    includesAll(h.markdown, ['The policy marks it sensitive', 'categories.sensitive', 'PIPL Art. 29', 'PIPL Art. 55']);
    // identity.* allows it, but the purpose "account" does not list it.
    includesAll(h.markdown, ['Allowed by', '**Outside** this tag\'s purpose `account`', 'PIPL Art. 6']);
    const zh = must(hover(code, 'identity.idNumber', { policy: POLICY, lang: 'zh' }));
    includesAll(zh.markdown, ['政策文件将其标注为敏感个人信息']);
  });

  test('a custom category marked sensitive, and a custom label', () => {
    const h = must(hover(field('@personalData health.secret'), 'health.secret', { policy: POLICY }));
    includesAll(h.markdown, ['Secret health flag', 'custom category', 'sensitive: true', 'PIPL Art. 29']);
    const tier = must(hover(field('@personalData loyalty.tier'), 'loyalty.tier', { policy: POLICY, lang: 'zh' }));
    includesAll(tier.markdown, ['会员等级', 'Loyalty tier', '非敏感']);
  });

  test('subject=minor makes every category sensitive and cites Art. 31', () => {
    const code = field('@personalData identity.name purpose=kids subject=minor');
    const h = must(hover(code, 'identity.name', { policy: POLICY }));
    includesAll(h.markdown, ['subject=minor', 'minors under 14', 'PIPL Art. 31', 'PIPL Art. 29', citationSummary({ law: 'PIPL', article: 31 }, 'en')!]);
  });

  test('a group id lists its members and marks the sensitive ones', () => {
    const h = must(hover(field('@personalData biometric'), 'biometric'));
    includesAll(h.markdown, ['Biometric data', '生物识别信息', 'group of 5 categories', '`biometric.face`', '`biometric.iris`', 'Fingerprint', '**sensitive**']);
    const contact = must(hover(field('@personalData contact purpose=account'), 'contact', { policy: POLICY }));
    includesAll(contact.markdown, ['`contact.phone`', '`contact.email`', '`contact.address`', 'Not sensitive', '`account`', 'May be sent abroad to', '`SG` (Singapore)']);
  });

  test('an unknown category suggests the closest ids', () => {
    const h = must(hover(field('@personalData contact.phon'), 'contact.phon'));
    includesAll(h.markdown, ['Unknown category', '`contact.phone`']);
  });

  test('a category in @crossBorder categories= explains it in the transfer context', () => {
    const code = `/**\n * @crossBorder SG categories=identity.name,biometric.face\n */\nexport function send(): void {}\n`;
    const h = must(hover(code, 'biometric.face', { policy: POLICY }));
    includesAll(h.markdown, ['Face data', '人脸信息', 'PIPL Art. 29', 'CBDF2024 Art. 5 (4)', '**Not listed** for destination `SG`']);
    const start = code.indexOf('biometric.face');
    assert.deepEqual(h.span, { start, end: start + 'biometric.face'.length });
    const name = must(hover(code, 'identity.name', { policy: POLICY }));
    includesAll(name.markdown, ['Listed for destination `SG`']);
  });

  test('categories= written with a space after the comma: each item is its own token', () => {
    const code = `/**\n * @crossBorder SG categories=identity.name, biometric.face mechanism=standard-contract\n */\nexport function send(): void {}\n`;
    const h = must(hover(code, 'biometric.face', { policy: POLICY, into: 'biometric.face'.length }));
    includesAll(h.markdown, ['Face data', '**Not listed** for destination `SG`']);
    const start = code.indexOf('biometric.face');
    assert.deepEqual(h.span, { start, end: start + 'biometric.face'.length });
    // The space after the comma is no token's: no hover there.
    assert.equal(hover(code, ', biometric', { into: 1 }), undefined);
  });
});

describe('hover: values', () => {
  test('basis=consent: its meaning in law, and that sensitive data needs separate consent', () => {
    const h = must(hover(field('@personalData contact.phone basis=consent'), 'consent'));
    includesAll(h.markdown, ["The individual's consent", 'PIPL Art. 13 (1)', 'PIPL Art. 14']);
    const face = must(hover(field('@personalData biometric.face basis=consent'), 'consent'));
    includesAll(face.markdown, ['**Sensitive**', 'basis=separate-consent', 'PIPL Art. 29']);
    const zh = must(hover(field('@personalData contact.phone basis=consent'), 'consent', { lang: 'zh' }));
    includesAll(zh.markdown, ['取得个人的同意', '法律依据', '《个人信息保护法》第十三条第（一）项 · 处理的合法性基础']);
    assert.equal(zh.markdown.split('《个人信息保护法》第十三条').length, 2, 'one line per PIPL article');
  });

  test('basis=separate-consent cites every article that asks for it: sharing (23), publication (25), sensitive data (29), transfers abroad (39)', () => {
    const h = must(hover(field('@personalData biometric.face basis=separate-consent'), 'separate-consent'));
    includesAll(h.markdown, ['sharing with another processor, publication, sensitive data, transfers abroad', 'PIPL Art. 23 · 向其他处理者提供', 'PIPL Art. 25 · 公开需单独同意', 'PIPL Art. 29', 'PIPL Art. 39']);
  });

  test('basis=hr and basis=emergency name collective contracts and public-health emergencies, as Art. 13 (2), (4) do', () => {
    includesAll(must(hover(field('@personalData employment.record basis=hr'), 'hr')).markdown, ['lawfully made labour rules and lawfully signed collective contracts', 'PIPL Art. 13 (2)']);
    includesAll(must(hover(field('@personalData health.medical basis=emergency'), 'emergency')).markdown, ['to respond to a public-health emergency', "natural person's life, health or property", 'PIPL Art. 13 (4)']);
  });

  test("retention=5y exceeds the purpose's 3y", () => {
    const code = field('@personalData contact.phone purpose=account retention=5y');
    const h = must(hover(code, '5y', { policy: POLICY, into: 0 }));
    includesAll(h.markdown, ['5 years', '**Exceeds**', '`3y`', '`account`', 'PIPL Art. 19']);
    const ok = must(hover(field('@personalData contact.phone purpose=account retention=12m'), '12m', { policy: POLICY }));
    includesAll(ok.markdown, ['Within', '`3y`']);
    assert.ok(!ok.markdown.includes('Exceeds'));
  });

  test("purpose=account shows the policy's description, basis, categories, retention and impact assessment", () => {
    const code = field('@personalData contact.phone purpose=account');
    const h = must(hover(code, 'account', { policy: POLICY }));
    includesAll(h.markdown, ['Customer account and sign\\_in', 'contract', '`contact.*`', '`3y`', 'PIA-1']);
    const zh = must(hover(code, 'account', { policy: POLICY, lang: 'zh' }));
    includesAll(zh.markdown, ['用户账号与登录']);
    const unknown = must(hover(field('@personalData contact.phone purpose=acount'), 'acount', { policy: POLICY }));
    includesAll(unknown.markdown, ['**Not defined**', '`account`']);
  });

  test('mechanism=exempt with 250,000 individuals: a standard contract is required (CBDF2024 Art. 8)', () => {
    const code = `/**\n * @crossBorder JP mechanism=exempt categories=identity.name\n */\nexport function send(): void {}\n`;
    const h = must(hover(code, 'exempt', { policy: POLICY }));
    includesAll(h.markdown, ['standard contract or certification', '250,000', 'CBDF2024 Art. 8', '**Not enough**', 'declared `mechanism=exempt` (`below-threshold`)', 'PIPL Art. 38']);
    const start = code.indexOf('exempt');
    assert.deepEqual(h.span, { start, end: start + 'exempt'.length });
    const enough = must(hover(code.replace('mechanism=exempt', 'mechanism=certification'), 'certification', { policy: POLICY }));
    includesAll(enough.markdown, ['satisfies it']);
  });

  test('exemption=below-threshold does not hold at 250,000; contract-necessity holds whatever the volume', () => {
    const code = `/**\n * @crossBorder JP mechanism=exempt exemption=below-threshold\n */\nexport function send(): void {}\n`;
    includesAll(must(hover(code, 'below-threshold', { policy: POLICY })).markdown, ['**Does not hold**', '250,000', 'CBDF2024 Art. 5 (4)', 'CBDF2024 Art. 10']);
    const necessity = code.replace('below-threshold', 'contract-necessity');
    includesAll(must(hover(necessity, 'contract-necessity', { policy: POLICY })).markdown, ['whatever the volume', 'CBDF2024 Art. 5 (1)']);
  });

  test('exemption=hr with important data declared: does not hold (CBDF2024 Art. 5, second paragraph), never "whatever the volume"', () => {
    const code = `/**\n * @crossBorder SG mechanism=exempt exemption=hr\n */\nexport function send(): void {}\n`;
    const important = policyFrom('crossBorder:\n  importantData: true\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    const h = must(hover(code, 'hr', { policy: important }));
    includesAll(h.markdown, ['**Does not hold**: security assessment is required (CBDF2024 Art. 7)', 'exemption hr does not hold: the policy declares important data', 'CBDF2024 Art. 5, second paragraph']);
    assert.ok(!h.markdown.includes('whatever the volume'), h.markdown);
    const zh = must(hover(code, 'hr', { policy: important, lang: 'zh' }));
    includesAll(zh.markdown, ['**不适用**：法定要求为安全评估', '第五条第二款']);
    assert.ok(!zh.markdown.includes('不论数量'), zh.markdown);
    // Without important data it holds, and says on what condition.
    const plain = must(hover(code, 'hr', { policy: policyFrom('crossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n') }));
    includesAll(plain.markdown, ['Applies whatever the volume, for CIIOs too, as long as no important data is provided']);
  });

  test('a rejected value still explains its key and the values it takes', () => {
    const h = must(hover(field('@personalData contact.phone basis=concent'), 'concent'));
    includesAll(h.markdown, ['`basis=`', '`consent`', '`separate-consent`']);
  });

  test('so does a duplicate, and a value the grammar reads on after ", " (its span is the whole value)', () => {
    const dup = field('@personalData contact.phone basis=consent basis=contract');
    includesAll(must(hover(dup, 'contract')).markdown, ['`basis=`']);
    const code = field('@personalData contact.phone purpose=account, marketing basis=consent');
    const h = must(hover(code, 'marketing'));
    includesAll(h.markdown, ['`purpose=`', 'Processing purpose']);
    const start = code.indexOf('account');
    assert.deepEqual(h.span, { start, end: code.indexOf(' basis') });
    // An unknown key explains nothing.
    assert.equal(hover(field('@personalData contact.phone retension=3y'), '3y'), undefined);
  });
});

describe('hover: destinations', () => {
  test('SG: names, the policy record with validUntil and days left, the mechanism required, Arts. 38-40', () => {
    const code = `/**\n * @crossBorder SG categories=identity.name\n */\nexport function send(): void {}\n`;
    const h = must(hover(code, 'SG', { policy: POLICY }));
    includesAll(h.markdown, ['Singapore', '新加坡', '`acme`', 'SC-2026-12', '2027-03-01', '93 days left', 'PIA-9']);
    includesAll(h.markdown, ['standard contract or certification', "250,000 individuals' non-sensitive PI provided abroad since 1 January", 'CBDF2024 Art. 8', 'satisfies it']);
    includesAll(h.markdown, ['PIPL Art. 38', 'PIPL Art. 39']);
    // Art. 40 is for CIIOs and processors over the security-assessment threshold: not for this Art. 8 transfer.
    assert.ok(!h.markdown.includes('PIPL Art. 40'), h.markdown);
    const zh = must(hover(code, 'SG', { policy: POLICY, lang: 'zh' }));
    includesAll(zh.markdown, ['新加坡', 'Singapore', '还剩 93 天', '自当年1月1日起累计向境外提供 250,000 人的个人信息（不含敏感个人信息', '**标准合同或个人信息保护认证**']);
  });

  test('PIPL Art. 40 is cited for a CIIO and over the security-assessment threshold', () => {
    const code = `/**\n * @crossBorder SG categories=identity.name\n */\nexport function send(): void {}\n`;
    const ciio = must(hover(code, 'SG', { policy: policyFrom('ciio: true\ncrossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: security-assessment }\n') }));
    includesAll(ciio.markdown, ['**security assessment** (CBDF2024 Art. 7; PIPL Art. 40)', 'PIPL Art. 40 · 关基及达量处理者的本地化']);
    const big = must(hover(code, 'SG', { policy: policyFrom('crossBorder:\n  volume: { individuals: 1000000, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: security-assessment }\n') }));
    includesAll(big.markdown, ['PIPL Art. 40']);
    const important = must(hover(code, 'SG', { policy: policyFrom('crossBorder:\n  importantData: true\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: security-assessment }\n') }));
    assert.ok(!important.markdown.includes('PIPL Art. 40'), important.markdown);
  });

  test('an exempt transfer reads 适用豁免 in Chinese, never 须采用豁免', () => {
    const code = `/**\n * @crossBorder SG mechanism=exempt categories=identity.name\n */\nexport function send(): void {}\n`;
    const small = policyFrom('crossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    const zh = must(hover(code, 'SG', { policy: small, lang: 'zh' }));
    includesAll(zh.markdown, ['**适用豁免**（《促进和规范数据跨境流动规定》第五条第（四）项）']);
    assert.ok(!/须采用\s*豁免|须采用\*\*豁免/.test(zh.markdown), zh.markdown);
  });

  test('a minor\'s data sent abroad is sensitive PI: the mechanism required says why (PIPL Art. 28)', () => {
    const code = `/**\n * @crossBorder SG mechanism=exempt subject=minor categories=identity.name\n */\nexport function send(): void {}\n`;
    const small = policyFrom('crossBorder:\n  volume: { individuals: 99999, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
    const h = must(hover(code, 'SG', { policy: small }));
    includesAll(h.markdown, ['**standard contract or certification** (CBDF2024 Art. 8)', 'personal information of minors under 14 is sent (identity.name): all of it is sensitive (PIPL Art. 28)', '**Not enough**', 'PIPL Art. 28 · 敏感个人信息的界定']);
    const zh = must(hover(code, 'SG', { policy: small, lang: 'zh' }));
    includesAll(zh.markdown, ['出境信息包含不满十四周岁未成年人的个人信息（identity.name），均属敏感个人信息（《个人信息保护法》第二十八条）']);
    const subject = must(hover(code, 'minor', { policy: small }));
    includesAll(subject.markdown, ['Minors under 14', 'PIPL Art. 28', 'Sent abroad, it counts as sensitive PI', 'CBDF2024 Art. 8']);
  });

  test('a policy destination id names its country; an expired mechanism says so', () => {
    const code = `/**\n * @crossBorder us-analytics\n */\nexport function send(): void {}\n`;
    const h = must(hoverOn({ text: code, fileName: 'a.ts', offset: code.indexOf('us-analytics') + 2, policy: POLICY, lang: 'en', today: '2027-01-01' }));
    includesAll(h.markdown, ['United States', '`us-analytics`', '**expired 17 days ago**']);
  });

  test("HK: CAC practice note; CN: domestic", () => {
    const hk = `/**\n * @crossBorder HK mechanism=standard-contract\n */\nexport function send(): void {}\n`;
    const h = must(hover(hk, 'HK'));
    includesAll(h.markdown, ['Hong Kong', HK_MO_TW_NOTE.en, 'No privacy-policy.yaml']);
    includesAll(must(hover(hk, 'HK', { lang: 'zh' })).markdown, [HK_MO_TW_NOTE.zh]);
    const cn = must(hover(hk.replace('HK', 'CN'), 'CN'));
    includesAll(cn.markdown, ['domestic', '**not a transfer abroad**']);
  });
});

describe('hover: tag names and positions', () => {
  test('@personalData shows the syntax and keys', () => {
    const code = field('@personalData contact.phone');
    const h = must(hover(code, '@personalData', { into: 3 }));
    includesAll(h.markdown, ['@personalData <categories>', '`purpose`', '`basis`', '`retention`', '`subject`', '`pia`', 'separate-consent', 'PIPL Art. 13']);
    const start = code.indexOf('@personalData');
    assert.deepEqual(h.span, { start, end: start + '@personalData'.length });
    const cb = must(hover(`/**\n * @crossBorder SG\n */\nexport function f(): void {}\n`, '@crossBorder'));
    includesAll(cb.markdown, ['@crossBorder <destination>', '`mechanism`', '`exemption`', '`consent`', 'PIPL Art. 38']);
  });

  test('a tag name with nothing after it yet still shows the syntax', () => {
    const h = must(hover(field('@personalData'), '@personalData'));
    includesAll(h.markdown, ['@personalData <categories>']);
    // Only where a tag stands: at the start of a line of a /** block.
    assert.equal(hover('/** See @personalData */\nconst a = 1;\n', '@personalData'), undefined);
    assert.equal(hover('/* @personalData */\nconst a = 1;\n', '@personalData'), undefined);
  });

  test('the syntax line is made from the vocabulary: the same in the hover and in completion', () => {
    const lines = {
      personalData: '@personalData <categories> [purpose=<id>] [basis=<basis>] [retention=<N>d|w|m|y] [subject=minor] [pia=<ref>]',
      crossBorder: '@crossBorder <destination> [recipient=<id>] [mechanism=<mechanism>] [exemption=<exemption>] [categories=<a,b>] [purpose=<id>] [consent=separate] [subject=minor] [pia=<ref>]',
    };
    const code = `/**\n * @crossBorder SG\n * @personalData identity.name\n */\nexport function f(): void {}\n`;
    const items = completionsAt({ text: '/** @', offset: 5, lang: 'en', today: TODAY });
    for (const [tag, line] of Object.entries(lines)) {
      includesAll(must(hover(code, `@${tag}`)).markdown, [`\`${line}\``]);
      const doc = items.find((i) => i.label === tag)?.documentation as { value: string } | undefined;
      assert.ok(doc?.value.startsWith(`\`${line}\``), `completion of ${tag}: ${doc?.value}`);
    }
  });

  test('off any tag: undefined', () => {
    const code = `// @personalData contact.phone\n${field('@personalData contact.phone purpose=account')}const x = 1;\n`;
    assert.equal(hover(code, 'contact.phone'), undefined, 'a line comment is not a tag');
    assert.equal(hover(code, 'interface'), undefined);
    assert.equal(hover(code, 'const x'), undefined);
    assert.equal(hoverOn({ text: code, fileName: 'a.ts', offset: 0, lang: 'en', today: TODAY }), undefined);
    assert.equal(hoverOn({ text: code, fileName: 'a.ts', offset: code.length + 5, lang: 'en', today: TODAY }), undefined);
    assert.equal(hoverOn({ text: '', fileName: 'a.ts', offset: 0, lang: 'en', today: TODAY }), undefined);
    // Whitespace between tokens of a tag.
    const tagged = field('@personalData contact.phone   purpose=account');
    assert.equal(hover(tagged, '   purpose', { into: 2 }), undefined);
  });

  test('the span is the hovered token, also at its last character and with non-ASCII text before it', () => {
    const code = `// 用户资料 🙂\n${field('@personalData contact.phone, identity.name purpose=account retention=3y')}`;
    for (const token of ['contact.phone', 'identity.name', 'account', '3y', 'purpose']) {
      const start = code.indexOf(token);
      for (const offset of [start, start + token.length - 1]) {
        const h = must(hoverOn({ text: code, fileName: 'a.ts', offset, policy: POLICY, lang: 'en', today: TODAY }));
        assert.deepEqual(h.span, { start, end: start + token.length }, `${token} at ${offset}`);
      }
    }
  });

  test('user-provided text is Markdown-escaped', () => {
    const policy = policyFrom(`
version: 1
purposes:
  odd: { description: "Click [here](http://x) *now* <b>", basis: consent }
`);
    const h = must(hover(field('@personalData contact.phone purpose=odd'), 'odd', { policy }));
    includesAll(h.markdown, ['Click \\[here\\](http://x) \\*now\\* \\<b\\>']);
    assert.ok(!h.markdown.includes('[here]('));
  });
});

describe('hover: escaping of labels', () => {
  test('custom category labels from the policy and key labels are escaped', () => {
    const policy = policyFrom(`
version: 1
categories:
  custom:
    odd.cat: { label: "<img src=x> *bold*", labelZh: "奇怪" }
`);
    const h = must(hover(field('@personalData odd.cat'), 'odd.cat', { policy }));
    includesAll(h.markdown, ['\\<img src=x\\> \\*bold\\* · 奇怪']);
    const syntax = must(hover(field('@personalData odd.cat'), '@personalData'));
    includesAll(syntax.markdown, ['Retention period: \\<N\\>d, w, m or y']);
  });
});

describe('hover: undeclared volume', () => {
  test('without crossBorder.volume the requirement is marked uncertain', () => {
    const code = `/**\n * @crossBorder JP mechanism=exempt\n */\nexport function send(): void {}\n`;
    const h = must(hover(code, 'JP'));
    includesAll(h.markdown, ['Japan', '日本', 'No `crossBorder.volume` declared', 'no volume declared and no sensitive PI sent', 'CBDF2024 Art. 5 (4)']);
  });
});

describe('hover: a @crossBorder function', () => {
  const code = `/**\n * Mails the birthday card.\n * @crossBorder SG mechanism=standard-contract categories=identity.name\n */\nexport function printCard(child: unknown): void {}\n`;
  const small = policyFrom('crossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { separateConsent: true }\n');
  const env = (lang: Lang) => ({ text: code, lang, today: TODAY, policy: small, taxonomy: small.taxonomy });
  const tag = () => extractTags(code, 'src/card.ts').tags[0];
  /** What reaches the parameter: a child's name and birth date, from a type tagged subject=minor. */
  const reached: ParameterReach[] = [
    {
      name: 'child',
      nameSpan: { start: code.indexOf('child'), end: code.indexOf('child') + 5 },
      reached: ['identity.name', 'identity.birthDate'].map((category) => ({ category, file: '/p/src/kids.ts', span: { start: 0, end: 5 }, via: 'child.name', declaredAs: 'Child', minor: true })),
    },
  ];

  test('the mechanism required names both routes of the Art. 8 tier: standard contract or certification', () => {
    const t = tag();
    const h = transferHover(t, resolveTransfer(t, code, POLICY, POLICY.taxonomy), [], { text: code, lang: 'en', today: TODAY, policy: POLICY, taxonomy: POLICY.taxonomy }, '/p/src/card.ts');
    includesAll(h.markdown, ['Required: **standard contract or certification** (CBDF2024 Art. 8)', 'Declared: standard contract (`mechanism=standard-contract`)']);
    assert.ok(!/required: standard-contract\b/.test(h.markdown), h.markdown);
  });

  test('data of a type tagged subject=minor reaching the function is marked sensitive, and says why', () => {
    const t = tag();
    const h = transferHover(t, resolveTransfer(t, code, small, small.taxonomy), reached, env('en'), '/p/src/card.ts');
    includesAll(h.markdown, ["`identity.birthDate` Date of birth · 出生日期 — **sensitive**: a minor's (under 14, PIPL Art. 28)", '**standard contract or certification**', 'personal information of minors under 14 is sent (identity.name, identity.birthDate)']);
    const zh = transferHover(t, resolveTransfer(t, code, small, small.taxonomy), reached, env('zh'), '/p/src/card.ts');
    includesAll(zh.markdown, ['— **敏感**：不满十四周岁未成年人的个人信息（《个人信息保护法》第二十八条）', '法定要求：**标准合同或个人信息保护认证**']);
    // Without the minors' type, 10 individuals and a name are exempt (CBDF2024 Art. 5 (4)).
    const plain = transferHover(t, resolveTransfer(t, code, small, small.taxonomy), [], env('en'), '/p/src/card.ts');
    includesAll(plain.markdown, ['Required: **exempt** (CBDF2024 Art. 5 (4))']);
  });
});
