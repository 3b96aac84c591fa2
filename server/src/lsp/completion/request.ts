/** The shared state of one completion request, and what the tag's line says. */
import { MarkupKind, type Command, type MarkupContent, type Position, type Range } from 'vscode-languageserver';
import {
  type Destination,
  findDestination,
  formatCitations,
  LineIndex,
  type Localized,
  type Policy,
  type Purpose,
  type TagName,
  Taxonomy,
  todayUtc,
  type ValueInfo,
} from '../../engine/index';
import type { Lang } from '../locale';

export interface CompletionInput {
  text: string;
  offset: number;
  policy?: Policy;
  /** The text is a policy file's (YAML or JSON), not source code. */
  policyFile?: boolean;
  lang: Lang;
  /** Offset -> LSP position (e.g. TextDocument.positionAt). Computed from text when absent. */
  positionAt?: (offset: number) => Position;
  /** YYYY-MM-DD, for marking expired destinations. Defaults to today (UTC). */
  today?: string;
}

/** Re-opens the suggest widget after a key= is inserted, so the values show at once. */
export const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

export class Ctx {
  readonly text: string;
  readonly offset: number;
  readonly lang: Lang;
  readonly other: Lang;
  readonly policy?: Policy;
  readonly taxonomy: Taxonomy;
  readonly today: string;
  private readonly positionAtFn: (offset: number) => Position;

  constructor(private readonly input: CompletionInput) {
    this.text = input.text;
    this.offset = input.offset;
    this.lang = input.lang === 'zh' ? 'zh' : 'en';
    this.other = this.lang === 'zh' ? 'en' : 'zh';
    this.policy = input.policy;
    this.taxonomy = input.policy?.taxonomy ?? defaultTaxonomy();
    this.today = input.today ?? todayUtc();
    if (input.positionAt) {
      this.positionAtFn = input.positionAt;
    } else {
      let index: LineIndex | undefined;
      this.positionAtFn = (o) => (index ??= new LineIndex(input.text)).positionAt(o);
    }
  }

  /** The same request with the policy's categories.allow left out: nothing is marked as outside it. */
  withoutAllowList(): Ctx {
    const p = this.policy;
    return p?.categories.allow ? new Ctx({ ...this.input, policy: { ...p, categories: { ...p.categories, allow: undefined } } }) : this;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAtFn(start), end: this.positionAtFn(end) };
  }

  t(l: Localized): string {
    return l[this.lang];
  }

  /** "label / 标签", or one of them when both read the same. */
  both(l: Localized): string {
    return l.en === l.zh ? l[this.lang] : `${l[this.lang]} / ${l[this.other]}`;
  }

  md(value: string): MarkupContent {
    return { kind: MarkupKind.Markdown, value };
  }

  cite(v: { citations: ValueInfo['citations'] }): string {
    return formatCitations(v.citations, this.lang);
  }

  /** "- Label: value" lines for the rows that have a value. */
  rows(rows: [Localized, string | undefined][]): string[] {
    return rows.filter(([, v]) => v).map(([k, v]) => `- ${this.t(k)}: ${v}`);
  }
}

let builtinTaxonomy: Taxonomy | undefined;
function defaultTaxonomy(): Taxonomy {
  return (builtinTaxonomy ??= new Taxonomy());
}

export function L(en: string, zh: string): Localized {
  return { en, zh };
}

/** 'purpose "x"' / '目的“x”'. */
export function purposeRef(id: string): Localized {
  return L(`purpose "${id}"`, `目的“${id}”`);
}

/** 'destination "x"' / '目的地“x”'. */
export function destinationRef(id: string): Localized {
  return L(`destination "${id}"`, `目的地“${id}”`);
}

/** What the line says, for values that depend on other parts of the tag. */
export interface LineFacts {
  tag: TagName;
  subjects: string[];
  params: Map<string, string>;
  /** The items of categories= (a @crossBorder list). */
  categories: string[];
}

/** The policy's purpose named by the line's purpose=. */
export function purposeOf(ctx: Ctx, facts: LineFacts): Purpose | undefined {
  const id = facts.params.get('purpose');
  return id ? ctx.policy?.purposes.get(id) : undefined;
}

/** The policy's destination a @crossBorder line names. */
export function destinationOf(ctx: Ctx, facts: LineFacts): Destination | undefined {
  return facts.tag === 'crossBorder' && facts.subjects[0] ? findDestination(ctx.policy, facts.subjects[0]) : undefined;
}
