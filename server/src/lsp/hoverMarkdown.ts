/**
 * Markdown building blocks for hovers: escaping, bilingual labels, citation lines and a small
 * document builder (heading, sections of short bullets, a "Law" section at the end).
 * Pure: no VS Code, no LSP connection.
 */
import {
  type Citation,
  citationSummary,
  describeCitation,
  formatCitation,
  formatCitations,
  type Localized,
  type Policy,
  type Span,
  type Taxonomy,
} from '../engine/index';

export type Lang = 'en' | 'zh';

export interface HoverResult {
  markdown: string;
  span: Span;
}

/** Everything a hover section needs to know about where it is. */
export interface HoverEnv {
  text: string;
  lang: Lang;
  today: string;
  policy?: Policy;
  taxonomy: Taxonomy;
}

/** Pick the user's language. */
export function tr(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
}

/** ": " or "：". */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** "(x)" or "（x）". */
export function paren(lang: Lang, s: string): string {
  return lang === 'zh' ? `（${s}）` : ` (${s})`;
}

/** Text from the user (policy values, descriptions): Markdown-inert, on one line. */
export function esc(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, (c) => '\\' + c);
}

/** An inline code span that survives backticks in the text. */
export function code(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(runs.reduce((m, r) => Math.max(m, r.length), 0) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A label in both languages, the user's language first: "Face data · 人脸信息". Escaped: custom labels come from the policy. */
export function both(l: Localized, lang: Lang): string {
  if (l.en === l.zh) return esc(l.en);
  return lang === 'zh' ? `${esc(l.zh)} · ${esc(l.en)}` : `${esc(l.en)} · ${esc(l.zh)}`;
}

/** A policy description in the user's language, falling back to the other one. */
export function pick(en: string | undefined, zh: string | undefined, lang: Lang): string | undefined {
  return lang === 'zh' ? (zh ?? en) : (en ?? zh);
}

export function cite(c: Citation, lang: Lang): string {
  return formatCitation(c, lang);
}

/** One line of the Law section: "PIPL Art. 29 · 敏感信息单独同意 / Separate consent for sensitive data — summary" (zh: "《个人信息保护法》第二十九条 · ...：summary"). */
export function citationLine(c: Citation, lang: Lang): string {
  const summary = citationSummary(c, lang);
  return `**${describeCitation(c, lang)}**${summary ? `${lang === 'zh' ? '：' : ' — '}${summary}` : ''}`;
}

/** PIPL summaries are per article, so items of one PIPL article are one line; other instruments have facts per item. */
function citationKey(c: Citation): string {
  return c.law === 'PIPL' ? `PIPL|${c.article}` : `${c.law}|${c.article}|${(c.item ?? '').replace(/[\s()（）]/g, '')}`;
}

export { daysBetween } from '../engine/index';

/** Names of the policy's file, for "the policy" lines. */
export function policyName(policy: Policy): string {
  const parts = policy.file.split(/[\\/]/);
  return parts[parts.length - 1] || 'privacy-policy.yaml';
}

/** Join a list for a bullet, with a cap so hovers stay short. */
export function joinCapped(items: string[], lang: Lang, cap = 8): string {
  const shown = items.slice(0, cap);
  const more = items.length - shown.length;
  const sep = lang === 'zh' ? '、' : ', ';
  return shown.join(sep) + (more > 0 ? tr(lang, ` and ${more} more`, ` 等 ${items.length} 项`) : '');
}

/**
 * A hover document: a heading, sections of short bullets, and a Law section listing every
 * citation added (deduplicated, in order).
 */
export class HoverDoc {
  private readonly blocks: string[] = [];
  private bullets: string[] = [];
  /** The title of the current section; printed only once the section has a bullet. */
  private pending: string | undefined;
  private readonly citations: Citation[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly lang: Lang) {}

  private flush(): void {
    if (this.bullets.length) {
      if (this.pending) this.blocks.push(this.pending);
      this.blocks.push(this.bullets.join('\n'));
    }
    this.bullets = [];
    this.pending = undefined;
  }

  heading(text: string): this {
    this.flush();
    this.blocks.push(`#### ${text}`);
    return this;
  }

  para(text: string): this {
    this.flush();
    this.blocks.push(text);
    return this;
  }

  /** A bold section title; the bullets that follow belong to it. */
  section(en: string, zh: string): this {
    this.flush();
    this.pending = `**${tr(this.lang, en, zh)}**`;
    return this;
  }

  bullet(text: string): this {
    this.bullets.push(`- ${text}`);
    return this;
  }

  /** A bullet nested under the previous one. */
  sub(text: string): this {
    this.bullets.push(`  - ${text}`);
    return this;
  }

  /** Add citations to the Law section; returns their short forms for inline use. */
  cite(...cs: Citation[]): string {
    for (const c of cs) {
      const k = citationKey(c);
      if (!this.seen.has(k)) {
        this.seen.add(k);
        this.citations.push(c);
      }
    }
    return formatCitations(cs, this.lang);
  }

  render(): string {
    this.flush();
    const out = [...this.blocks];
    if (this.citations.length) {
      out.push('---');
      out.push(`**${tr(this.lang, 'Law', '法律依据')}**`);
      out.push(this.citations.map((c) => `- ${citationLine(c, this.lang)}`).join('\n'));
    }
    return out.join('\n\n');
  }
}
