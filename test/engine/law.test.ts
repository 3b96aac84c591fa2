import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PIPL_ARTICLES } from '../../server/src/engine/law/piplArticles';
import {
  COUNTING_NOTE,
  CROSS_BORDER_FACTS,
  HK_MO_TW_NOTE,
  INSTRUMENTS,
  type CrossBorderFact,
} from '../../server/src/engine/law/instruments';
import {
  articleOf,
  citationSummary,
  describeCitation,
  formatCitation,
  formatCitations,
  toChineseNumeral,
} from '../../server/src/engine/law/citations';
import type { LawId } from '../../server/src/engine/types';
import { GBT_45574, GBT_45574_FACTS } from '../../server/src/engine/law/nationalStandards';

// The legal reference data lives outside the repo (../shared/reference). The product never
// reads it; the tests compare against it when it is there. From out/test/engine: up to the
// repo's parent.
// A worktree of the repository sits one level deeper (../wt/<name>), so look one folder further up too.
const REFERENCE_DIR = [path.resolve(__dirname, '../../../../shared/reference'), path.resolve(__dirname, '../../../../../shared/reference')].find((d) => fs.existsSync(d)) ?? path.resolve(__dirname, '../../../../shared/reference');
const ARTICLES_JSON = path.join(REFERENCE_DIR, 'pipl-articles.json');
const RULES_JSON = path.join(REFERENCE_DIR, 'cross-border-rules.json');
const STANDARDS_JSON = path.join(REFERENCE_DIR, 'national-standards.json');
const noReference = (file: string) =>
  fs.existsSync(file) ? false : `reference file not found at ${file}; comparison skipped (the product does not need it at run time)`;

const CJK = /[\u4e00-\u9fff]/;
const LAW_IDS: LawId[] = ['PIPL', 'CBDF2024', 'SAM2022', 'SCM2023', 'CERT2025', 'NDSMR2024'];

test('all 74 PIPL articles are present, in order, with titles and summaries in both languages', () => {
  assert.equal(PIPL_ARTICLES.length, 74);
  PIPL_ARTICLES.forEach((a, i) => {
    assert.equal(a.article, i + 1);
    for (const field of [a.title, a.summary, a.chapter]) {
      assert.ok(field.en.trim().length > 0, `Art. ${a.article}: empty English text`);
      assert.ok(field.zh.trim().length > 0, `Art. ${a.article}: empty Chinese text`);
      assert.match(field.zh, CJK, `Art. ${a.article}: Chinese text has no Chinese characters`);
    }
    assert.match(a.chapter.en, /^Chapter [IVX]+: /);
    assert.match(a.chapter.zh, /^第[一二三四五六七八]章 /);
    assert.doesNotMatch(a.chapter.en, CJK, `Art. ${a.article}: Chinese left in the English chapter`);
    assert.ok(a.keywords.length > 0, `Art. ${a.article}: no keywords`);
  });
});

test('chapters are split into English and Chinese, sections included', () => {
  assert.deepEqual(articleOf(1)?.chapter, { en: 'Chapter I: General Provisions', zh: '第一章 总则' });
  const art29 = articleOf(29)!;
  assert.equal(art29.chapter.zh, '第二章 个人信息处理规则 / 第二节 敏感个人信息的处理规则');
  assert.match(art29.chapter.en, /^Chapter II: .* \/ Section 2: /);
  assert.equal(articleOf(38)?.chapter.zh, '第三章 个人信息跨境提供的规则');
  assert.equal(articleOf(74)?.chapter.zh, '第八章 附则');
});

test('PIPL articles match the reference (numbers, Chinese titles, English text)', { skip: noReference(ARTICLES_JSON) }, () => {
  const ref = JSON.parse(fs.readFileSync(ARTICLES_JSON, 'utf8')) as {
    article: number;
    chapter: string;
    title: string;
    zh_title: string;
    summary: string;
    keywords: string[];
  }[];
  assert.deepEqual(
    PIPL_ARTICLES.map((a) => a.article),
    ref.map((r) => r.article),
  );
  for (const r of ref) {
    const a = articleOf(r.article);
    assert.ok(a, `Art. ${r.article} missing`);
    // Art. 31's title keeps the statute's 不满十四周岁 (the reference's own age threshold for Art. 31(1)); the
    // reference's title says 未满, which reads the same but is not the law's word.
    assert.equal(a.title.zh, r.article === 31 ? r.zh_title.replace('未满', '不满') : r.zh_title, `Art. ${r.article} zh title`);
    assert.equal(a.title.en, r.title, `Art. ${r.article} en title`);
    assert.equal(a.summary.en, r.summary, `Art. ${r.article} en summary`);
    assert.deepEqual(a.keywords, r.keywords, `Art. ${r.article} keywords`);
    // "Chapter I: General Provisions (第一章 总则)" -> en / zh parts, sections joined with " / ".
    const parts = r.chapter.split(' / ').map((p) => /^(.*) \((.*)\)$/.exec(p)!);
    assert.equal(a.chapter.en, parts.map((m) => m[1]).join(' / '), `Art. ${r.article} chapter en`);
    assert.equal(a.chapter.zh, parts.map((m) => m[2]).join(' / '), `Art. ${r.article} chapter zh`);
  }
});

test('articleOf finds articles 1..74 and nothing else', () => {
  assert.equal(articleOf(29)?.title.en, 'Separate consent for sensitive data');
  assert.equal(articleOf(29)?.title.zh, '敏感信息单独同意');
  assert.equal(articleOf(0), undefined);
  assert.equal(articleOf(75), undefined);
  assert.equal(articleOf(2.5), undefined);
});

test('Chinese summaries keep the key numbers of the English ones', () => {
  assert.match(articleOf(28)!.summary.zh, /不满十四周岁/);
  // 未满 is not the statute's word (Arts. 28, 31 say 不满十四周岁).
  assert.equal(articleOf(31)!.title.zh, '不满十四周岁未成年人');
  for (const a of PIPL_ARTICLES) assert.doesNotMatch(`${a.title.zh}${a.summary.zh}`, /未满/, `Art. ${a.article}`);
  // Art. 40 reads 法律、行政法规 (not 法律、法规, which is Art. 37's wording).
  assert.match(articleOf(40)!.summary.zh, /法律、行政法规和国家网信部门规定可以不进行安全评估的，从其规定/);
  assert.match(CROSS_BORDER_FACTS.find((f) => f.law === 'PIPL' && f.article === 40)!.fact.zh, /法律、行政法规和国家网信部门规定/);
  assert.match(articleOf(56)!.summary.zh, /至少保存三年/);
  assert.match(articleOf(66)!.summary.zh, /五千万元以下或者上一年度营业额百分之五以下/);
  assert.match(articleOf(74)!.summary.zh, /2021年11月1日/);
});

test('Chinese numerals as written in article numbers', () => {
  const cases: [number, string][] = [
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [13, '十三'], [19, '十九'], [20, '二十'],
    [21, '二十一'], [29, '二十九'], [40, '四十'], [55, '五十五'], [74, '七十四'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1009, '一千零九'], [1259, '一千二百五十九'],
  ];
  for (const [n, zh] of cases) assert.equal(toChineseNumeral(n), zh, String(n));
  for (let n = 1; n <= 99; n++) assert.match(toChineseNumeral(n), /^[一二三四五六七八九十]+$/);
  assert.throws(() => toChineseNumeral(0), RangeError);
  assert.throws(() => toChineseNumeral(1.5), RangeError);
});

test('formatCitation: short English form', () => {
  assert.equal(formatCitation({ law: 'PIPL', article: 29 }, 'en'), 'PIPL Art. 29');
  assert.equal(formatCitation({ law: 'PIPL', article: 55, item: '(4)' }, 'en'), 'PIPL Art. 55 (4)');
  assert.equal(formatCitation({ law: 'CBDF2024', article: 5, item: '(4)' }, 'en'), 'CBDF2024 Art. 5 (4)');
  assert.equal(formatCitation({ law: 'SCM2023', article: 7 }, 'en'), 'SCM2023 Art. 7');
});

test('formatCitation: short Chinese form, the law in book-title marks', () => {
  assert.equal(formatCitation({ law: 'PIPL', article: 13 }, 'zh'), '《个人信息保护法》第十三条');
  assert.equal(formatCitation({ law: 'PIPL', article: 29 }, 'zh'), '《个人信息保护法》第二十九条');
  assert.equal(formatCitation({ law: 'PIPL', article: 40 }, 'zh'), '《个人信息保护法》第四十条');
  assert.equal(formatCitation({ law: 'PIPL', article: 10 }, 'zh'), '《个人信息保护法》第十条');
  assert.equal(formatCitation({ law: 'PIPL', article: 74 }, 'zh'), '《个人信息保护法》第七十四条');
  assert.equal(formatCitation({ law: 'PIPL', article: 55, item: '(4)' }, 'zh'), '《个人信息保护法》第五十五条第（四）项');
  assert.equal(
    formatCitation({ law: 'CBDF2024', article: 5, item: '(4)' }, 'zh'),
    '《促进和规范数据跨境流动规定》第五条第（四）项',
  );
  assert.equal(formatCitation({ law: 'SCM2023', article: 7 }, 'zh'), '《个人信息出境标准合同办法》第七条');
  assert.equal(formatCitation({ law: 'CERT2025', article: 5 }, 'zh'), '《个人信息出境认证办法》第五条');
});

test('formatCitations: each law named once, its articles after it, in the order cited', () => {
  const list = [
    { law: 'PIPL', article: 38 },
    { law: 'PIPL', article: 40 },
    { law: 'CBDF2024', article: 5, item: '(4)' },
    { law: 'PIPL', article: 38 },
  ] as const;
  assert.equal(formatCitations([...list], 'zh'), '《个人信息保护法》第三十八条、第四十条；《促进和规范数据跨境流动规定》第五条第（四）项');
  assert.equal(formatCitations([...list], 'en'), 'PIPL Art. 38, 40; CBDF2024 Art. 5 (4)');
  assert.equal(formatCitations([], 'zh'), '');
});

test('describeCitation: bilingual long form for hovers', () => {
  const art29 = describeCitation({ law: 'PIPL', article: 29 });
  assert.equal(art29, 'PIPL Art. 29 · 敏感信息单独同意 / Separate consent for sensitive data');
  assert.ok(art29.includes(articleOf(29)!.title.zh) && art29.includes(articleOf(29)!.title.en));
  assert.equal(
    describeCitation({ law: 'CBDF2024', article: 8 }),
    'CBDF2024 Art. 8 · 促进和规范数据跨境流动规定 / Provisions on Promoting and Regulating Cross-Border Data Flows',
  );
  assert.equal(
    describeCitation({ law: 'PIPL', article: 55, item: '(4)' }),
    'PIPL Art. 55 (4) · 需进行影响评估的情形 / When an impact assessment is required',
  );
  // An article the law does not have still prints its citation.
  assert.equal(describeCitation({ law: 'PIPL', article: 99 }), 'PIPL Art. 99');
  // In Chinese: the Chinese citation first.
  assert.equal(describeCitation({ law: 'PIPL', article: 29 }, 'zh'), '《个人信息保护法》第二十九条 · 敏感信息单独同意 / Separate consent for sensitive data');
  assert.equal(
    describeCitation({ law: 'CBDF2024', article: 5, item: '(4)' }, 'zh'),
    '《促进和规范数据跨境流动规定》第五条第（四）项 · Provisions on Promoting and Regulating Cross-Border Data Flows (CBDF2024)',
  );
});

test('citationSummary: PIPL article summaries, cross-border facts for the other instruments', () => {
  assert.equal(citationSummary({ law: 'PIPL', article: 29 }, 'en'), articleOf(29)!.summary.en);
  assert.equal(citationSummary({ law: 'PIPL', article: 29 }, 'zh'), articleOf(29)!.summary.zh);
  assert.equal(citationSummary({ law: 'PIPL', article: 75 }, 'en'), undefined);

  const item4 = citationSummary({ law: 'CBDF2024', article: 5, item: '(4)' }, 'en')!;
  assert.match(item4, /fewer than 100,000 individuals/);
  assert.match(item4, /since 1 January of the current year/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 5, item: '(4)' }, 'zh')!, /不满10万人/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 5, item: '(1)' }, 'en')!, /contract/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 7 }, 'en')!, /1,000,000 or more/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 7 }, 'zh')!, /100万人以上/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 8 }, 'en')!, /100,000 or more but fewer than 1,000,000/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 9 }, 'en')!, /valid for 3 years/);
  assert.match(citationSummary({ law: 'CBDF2024', article: 9 }, 'zh')!, /有效期为3年/);
  assert.match(citationSummary({ law: 'SCM2023', article: 7 }, 'en')!, /10 working days/);
  assert.match(citationSummary({ law: 'SCM2023', article: 7 }, 'zh')!, /10个工作日/);
  assert.match(citationSummary({ law: 'CERT2025', article: 5 }, 'en')!, /not CIIOs/);

  // Art. 5 without an item: all four exemptions, in order.
  const art5 = citationSummary({ law: 'CBDF2024', article: 5 }, 'en')!;
  assert.ok(art5.indexOf('(1)') < art5.indexOf('(2)') && art5.indexOf('(3)') < art5.indexOf('(4)'));
  assert.match(citationSummary({ law: 'CBDF2024', article: 5 }, 'zh')!, /^（一）.*（四）/);

  assert.equal(citationSummary({ law: 'CBDF2024', article: 5, item: '(9)' }, 'en'), undefined);
  assert.equal(citationSummary({ law: 'NDSMR2024', article: 35 }, 'en'), undefined);
});

test('instruments: every law id has names, a citation short form and dates', () => {
  assert.deepEqual(Object.keys(INSTRUMENTS).sort(), [...LAW_IDS].sort());
  for (const id of LAW_IDS) {
    const ins = INSTRUMENTS[id];
    assert.equal(ins.id, id);
    assert.equal(ins.short.en, id);
    assert.match(ins.short.zh, CJK);
    assert.match(ins.name.zh, CJK);
    assert.ok(ins.name.en.length > 0 && ins.issuer.length > 0);
    assert.match(ins.promulgated, /^\d{4}-\d{2}(-\d{2})?$/);
    assert.match(ins.effective, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.deepEqual(INSTRUMENTS.PIPL.short, { en: 'PIPL', zh: '个人信息保护法' });
  assert.deepEqual(INSTRUMENTS.CBDF2024.short, { en: 'CBDF2024', zh: '促进和规范数据跨境流动规定' });
  assert.equal(INSTRUMENTS.PIPL.effective, '2021-11-01');
  assert.equal(INSTRUMENTS.CERT2025.effective, '2026-01-01');
});

test('instruments match the reference', { skip: noReference(RULES_JSON) }, () => {
  const ref = JSON.parse(fs.readFileSync(RULES_JSON, 'utf8')) as {
    instruments: { id: LawId; name_en: string; name_zh: string; effective: string }[];
  };
  assert.equal(ref.instruments.length, LAW_IDS.length);
  for (const r of ref.instruments) {
    const ins = INSTRUMENTS[r.id];
    assert.equal(ins.name.en, r.name_en);
    assert.equal(ins.name.zh, r.name_zh);
    assert.equal(ins.effective, r.effective.slice(0, 10));
  }
});

test('cross-border facts cover what the product cites, in both languages', () => {
  const key = (f: Pick<CrossBorderFact, 'law' | 'article' | 'item'>) => `${f.law} ${f.article}${f.item ? ' ' + f.item : ''}`;
  const have = new Set(CROSS_BORDER_FACTS.map(key));
  const needed = [
    'CBDF2024 5 (1)', 'CBDF2024 5 (2)', 'CBDF2024 5 (3)', 'CBDF2024 5 (4)', 'CBDF2024 7', 'CBDF2024 8',
    'CBDF2024 9', 'CBDF2024 10', 'CBDF2024 13', 'SCM2023 7', 'CERT2025 5',
    'PIPL 38', 'PIPL 39', 'PIPL 40', 'PIPL 55 (4)', 'PIPL 56',
  ];
  for (const k of needed) assert.ok(have.has(k), `missing fact: ${k}`);
  assert.equal(have.size, CROSS_BORDER_FACTS.length, 'duplicate facts');
  for (const f of CROSS_BORDER_FACTS) {
    assert.ok(f.fact.en.length > 0, key(f));
    assert.match(f.fact.zh, CJK, key(f));
    if (f.law === 'PIPL') assert.ok(articleOf(f.article), key(f));
  }
});

test('counting convention and Hong Kong / Macao / Taiwan notes', () => {
  assert.match(COUNTING_NOTE.en, /Civil Code Art\. 1259/);
  assert.match(COUNTING_NOTE.en, /以上/);
  assert.match(COUNTING_NOTE.en, /不满/);
  assert.match(COUNTING_NOTE.zh, /第一千二百五十九条/);
  assert.match(COUNTING_NOTE.zh, /“以上”.*包括本数/);
  assert.match(COUNTING_NOTE.zh, /“不满”.*不包括本数/);
  assert.match(HK_MO_TW_NOTE.en, /Hong Kong, Macao or Taiwan/);
  assert.match(HK_MO_TW_NOTE.en, /outbound transfer/);
  assert.match(HK_MO_TW_NOTE.en, /practice, not the text of the PIPL/);
  assert.match(HK_MO_TW_NOTE.zh, /实践/);
  assert.match(HK_MO_TW_NOTE.zh, /并非《个人信息保护法》的条文规定/);
});

test('national-standard guidance shows only facts the reference marks verified, under their ids', { skip: noReference(STANDARDS_JSON) }, () => {
  const ref = JSON.parse(fs.readFileSync(STANDARDS_JSON, 'utf8')) as { instruments: Record<string, { titles: { zh: string; en: string }; issued: string; effective: string }>; 'GBT45574-2025': { id: string; verified: boolean }[] };
  const verified = new Map(ref['GBT45574-2025'].map((f) => [f.id, f.verified]));
  for (const id of Object.keys(GBT_45574_FACTS)) {
    assert.equal(verified.get(id), true, `${id} is not a verified fact of GB/T 45574-2025 in the reference`);
  }
  const std = ref.instruments['GBT45574-2025'];
  assert.equal(GBT_45574.title.zh, std.titles.zh);
  assert.equal(GBT_45574.issued, std.issued);
  assert.equal(GBT_45574.effective, std.effective);
  // What the reference marks unverified is not shown: transaction records, credit reporting, communication records.
  for (const id of ['FIN-4', 'OTH-4', 'OTH-7', 'FIN-2']) assert.equal(GBT_45574_FACTS[id], undefined, id);
});

test('Chinese wording of the cross-border facts: 免予 as in CBDF2024, never 免于', () => {
  for (const f of CROSS_BORDER_FACTS) assert.doesNotMatch(f.fact.zh, /免于/, `${f.law} ${f.article} ${f.item ?? ''}`);
  assert.match(CROSS_BORDER_FACTS.find((f) => f.law === 'CBDF2024' && f.article === 5 && f.item === '(4)')!.fact.zh, /^免予申报数据出境安全评估/);
});
