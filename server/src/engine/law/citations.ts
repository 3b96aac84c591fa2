/** Looking up and printing legal citations, in English and Chinese. */
import type { Citation } from '../types';
import { CROSS_BORDER_FACTS, INSTRUMENTS } from './instruments';
import { PIPL_ARTICLES, type PiplArticle } from './piplArticles';

const BY_NUMBER: ReadonlyMap<number, PiplArticle> = new Map(PIPL_ARTICLES.map((a) => [a.article, a]));

/** The PIPL article with this number, if there is one (1..74). */
export function articleOf(n: number): PiplArticle | undefined {
  return BY_NUMBER.get(n);
}

const DIGITS = '零一二三四五六七八九';
const UNITS: readonly [number, string][] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];

/**
 * Chinese numeral for 1..9999 as legal texts write article and item numbers:
 * 10 十, 13 十三, 40 四十, 55 五十五, 110 一百一十, 1009 一千零九, 1259 一千二百五十九.
 * Throws a RangeError for anything else.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`No Chinese numeral for ${n}`);
  let out = '';
  let started = false;
  let pendingZero = false;
  for (const [unit, name] of UNITS) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + name;
    started = true;
  }
  // 10..19 are written 十, 十一 ... 十九, not 一十 ... (but 110 is 一百一十).
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

function zhNumber(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 9999 ? toChineseNumeral(n) : String(n);
}

/** "(4)" / "4" / "（4）" -> 第（四）项; anything else is printed as given. */
function zhItem(item: string): string {
  const m = /^\s*[(（]?\s*(\d+)\s*[)）]?\s*$/.exec(item);
  return m ? `第（${zhNumber(Number(m[1]))}）项` : item;
}

/**
 * Short form for CLI text, diagnostics and hovers.
 * en: "PIPL Art. 29", "CBDF2024 Art. 5 (4)"; zh: "《个人信息保护法》第二十九条", "《促进和规范数据跨境流动规定》第五条第（四）项".
 */
export function formatCitation(c: Citation, lang: 'en' | 'zh'): string {
  const short = INSTRUMENTS[c.law].short;
  if (lang === 'zh') return `《${short.zh}》${zhArticle(c)}`;
  return `${short.en} Art. ${enArticle(c)}`;
}

function zhArticle(c: Citation): string {
  return `第${zhNumber(c.article)}条${c.item ? zhItem(c.item) : ''}`;
}

function enArticle(c: Citation): string {
  return `${c.article}${c.item ? ` ${c.item.trim()}` : ''}`;
}

/**
 * A list of citations, each instrument named once, in the order first cited (repeats dropped):
 * en "PIPL Art. 38, 40; CBDF2024 Art. 5 (4)"; zh "《个人信息保护法》第三十八条、第四十条；《促进和规范数据跨境流动规定》第五条第（四）项".
 */
export function formatCitations(cs: readonly Citation[], lang: 'en' | 'zh'): string {
  const byLaw = new Map<Citation['law'], string[]>();
  for (const c of cs) {
    const list = byLaw.get(c.law) ?? [];
    const article = lang === 'zh' ? zhArticle(c) : enArticle(c);
    if (!list.includes(article)) list.push(article);
    byLaw.set(c.law, list);
  }
  const groups = [...byLaw].map(([law, articles]) =>
    lang === 'zh' ? `《${INSTRUMENTS[law].short.zh}》${articles.join('、')}` : `${INSTRUMENTS[law].short.en} Art. ${articles.join(', ')}`,
  );
  return groups.join(lang === 'zh' ? '；' : '; ');
}

/**
 * Bilingual long form for hovers, the user's language first:
 * en "PIPL Art. 29 · 敏感信息单独同意 / Separate consent for sensitive data",
 * zh "《个人信息保护法》第二十九条 · 敏感信息单独同意 / Separate consent for sensitive data";
 * another instrument: en "CBDF2024 Art. 8 · 促进和规范数据跨境流动规定 / Provisions on ...",
 * zh "《促进和规范数据跨境流动规定》第八条 · Provisions on ... (CBDF2024)".
 */
export function describeCitation(c: Citation, lang: 'en' | 'zh' = 'en'): string {
  const head = formatCitation(c, lang);
  if (c.law === 'PIPL') {
    const a = articleOf(c.article);
    return a ? `${head} · ${a.title.zh} / ${a.title.en}` : head;
  }
  const name = INSTRUMENTS[c.law].name;
  return lang === 'zh' ? `${head} · ${name.en} (${c.law})` : `${head} · ${name.zh} / ${name.en}`;
}

function sameItem(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').replace(/[\s()（）]/g, '');
  return norm(a) === norm(b);
}

/**
 * What the cited provision says, in one language: the article summary for PIPL; for the
 * other instruments the matching cross-border fact (the item's fact, else the article's,
 * else all of the article's item facts together). undefined when nothing is known.
 */
export function citationSummary(c: Citation, lang: 'en' | 'zh'): string | undefined {
  if (c.law === 'PIPL') return articleOf(c.article)?.summary[lang];
  const facts = CROSS_BORDER_FACTS.filter((f) => f.law === c.law && f.article === c.article);
  if (facts.length === 0) return undefined;
  const exact = facts.find((f) => sameItem(f.item, c.item));
  if (exact) return exact.fact[lang];
  const whole = facts.find((f) => f.item === undefined);
  if (whole) return whole.fact[lang];
  if (c.item) return undefined;
  if (lang === 'zh') return facts.map((f) => `${f.item ? zhItem(f.item).slice(1, -1) : ''}${f.fact.zh}`).join('');
  return facts.map((f) => `${f.item ?? ''} ${f.fact.en}`.trim()).join(' ');
}
