/**
 * Completion inside JSDoc blocks: the tag names, categories, destinations, keys and values of
 * `@personalData` and `@crossBorder`.
 *
 * Pure: works on the document text alone (no VS Code, no TypeScript parse). Finding the context
 * costs O(line length + distance back to the enclosing comment's opener).
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type Command,
  type CompletionItem,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { Localized, TagName } from '../engine/types';
import type { Destination, Policy, Purpose } from '../engine/policy/model';
import { Taxonomy, matchesAny } from '../engine/taxonomy/taxonomy';
import { TAG_NAMES, keysFor, compareDurations, durationDays, type KeyInfo, type ValueInfo } from '../engine/grammar/vocabulary';
import { COUNTRIES, isCountryCode } from '../engine/geo/countries';
import { describeCitation, formatCitation } from '../engine/law/citations';
import { findDestination } from '../engine/analysis/resolve';
import { LineIndex } from '../engine/text/lineIndex';

export type Lang = 'en' | 'zh';

export interface CompletionInput {
  text: string;
  offset: number;
  policy?: Policy;
  lang: Lang;
  /** Offset -> LSP position (e.g. TextDocument.positionAt). Computed from text when absent. */
  positionAt?: (offset: number) => Position;
  /** YYYY-MM-DD, for marking expired destinations. Defaults to today (UTC). */
  today?: string;
}

/** Re-opens the suggest widget after a key= is inserted, so the values show at once. */
export const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** Retention periods offered besides the purpose's own limit. */
export const COMMON_DURATIONS: readonly string[] = ['30d', '90d', '6m', '1y', '2y', '3y', '5y'];

// ---------------------------------------------------------------------------------------------
// Entry point

export function completionsAt(input: CompletionInput): CompletionItem[] {
  const { text, offset } = input;
  if (offset < 0 || offset > text.length) return [];

  // Cheap rejection first: a tag needs an '@' before the cursor on the cursor's line.
  const lineStart = startOfLine(text, offset);
  let hasAt = false;
  for (let i = offset - 1; i >= lineStart && !hasAt; i--) hasAt = text.charCodeAt(i) === 64;
  if (!hasAt) return [];

  const opener = enclosingJSDocOpener(text, offset);
  if (opener === undefined) return [];

  // Where this line's content begins: after "/**" on the opening line, else after leading spaces and stars.
  let at = opener >= lineStart ? opener + 3 : lineStart;
  while (at < offset && isLeading(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 64 /* @ */ || at >= offset) return [];

  const lineEnd = endOfCommentLine(text, offset);
  let nameEnd = at + 1;
  while (nameEnd < lineEnd && isTagNameChar(text.charCodeAt(nameEnd))) nameEnd++;

  const ctx = new Ctx(input);
  if (offset <= nameEnd) return tagNameItems(ctx, at + 1, nameEnd, lineEnd);

  const name = text.slice(at + 1, nameEnd);
  if (name !== 'personalData' && name !== 'crossBorder') return [];
  if (!isSpace(text.charCodeAt(nameEnd))) return [];
  return bodyItems(ctx, name, nameEnd, lineEnd);
}

// ---------------------------------------------------------------------------------------------
// Finding the context

const SLASH = 47;
const STAR = 42;

function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The end of the cursor's line inside the comment: a line break or the closing star-slash. */
function endOfCommentLine(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c === STAR && text.charCodeAt(i + 1) === SLASH) return i;
  }
  return text.length;
}

/**
 * The offset of the "/**" that opens the block comment the cursor is in, or undefined when the
 * cursor is not inside a JSDoc block (code, a string, a line comment, after a closing star-slash).
 */
export function enclosingJSDocOpener(text: string, offset: number): number | undefined {
  // Native searches: O(distance back to the last opener), and no further.
  const opener = text.lastIndexOf('/**', offset - 3);
  if (opener < 0) return undefined;
  const close = text.indexOf('*/', opener + 2); // "/**/" is an empty comment, closed at once
  if (close >= 0 && close + 2 <= offset) return undefined;
  return confirmOpener(text, opener);
}

/**
 * The real opener for a "/**" found at `opener`: itself when it starts a comment, the enclosing
 * "/**" when it sits inside a JSDoc block opened earlier on its line, undefined when it sits in a
 * string, a line comment or a plain block comment. Reads its own line only (a heuristic: the
 * line is assumed to start in code).
 */
function confirmOpener(text: string, opener: number): number | undefined {
  let i = startOfLine(text, opener);
  let quote = 0; // ' " ` while inside a string
  let block = -1; // start of the block comment we are in
  while (i < opener) {
    const c = text.charCodeAt(i);
    if (block >= 0) {
      if (c === STAR && text.charCodeAt(i + 1) === SLASH && i >= block + 2) {
        block = -1;
        i += 2;
        continue;
      }
    } else if (quote) {
      if (c === 92 /* backslash */) {
        i += 2;
        continue;
      }
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34 || c === 96) {
      quote = c;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      return undefined;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      block = i;
      i += 2;
      continue;
    }
    i++;
  }
  if (quote) return undefined;
  if (block >= 0) return text.charCodeAt(block + 2) === STAR ? block : undefined;
  return opener;
}

function isLeading(c: number): boolean {
  return c === 32 || c === 9 || c === STAR;
}

function isTagNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

// ---------------------------------------------------------------------------------------------
// Shared state of one request

class Ctx {
  readonly text: string;
  readonly offset: number;
  readonly lang: Lang;
  readonly other: Lang;
  readonly policy?: Policy;
  readonly taxonomy: Taxonomy;
  readonly today: string;
  private readonly positionAtFn: (offset: number) => Position;

  constructor(input: CompletionInput) {
    this.text = input.text;
    this.offset = input.offset;
    this.lang = input.lang === 'zh' ? 'zh' : 'en';
    this.other = this.lang === 'zh' ? 'en' : 'zh';
    this.policy = input.policy;
    this.taxonomy = input.policy?.taxonomy ?? defaultTaxonomy();
    this.today = input.today ?? new Date().toISOString().slice(0, 10);
    if (input.positionAt) {
      this.positionAtFn = input.positionAt;
    } else {
      let index: LineIndex | undefined;
      this.positionAtFn = (o) => (index ??= new LineIndex(input.text)).positionAt(o);
    }
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
    return v.citations.map((c) => formatCitation(c, this.lang)).join(this.lang === 'zh' ? '、' : ', ');
  }
}

let builtinTaxonomy: Taxonomy | undefined;
function defaultTaxonomy(): Taxonomy {
  return (builtinTaxonomy ??= new Taxonomy());
}

function L(en: string, zh: string): Localized {
  return { en, zh };
}

// ---------------------------------------------------------------------------------------------
// Tag names

const TAG_DOCS: Record<TagName, { detail: Localized; syntax: string; doc: Localized }> = {
  personalData: {
    detail: L('Personal information held or processed here', '此处保存或处理的个人信息'),
    syntax: '@personalData <category>[, <category>…] [purpose=<id>] [basis=<basis>] [retention=<N>d|w|m|y] [subject=minor] [pia=<ref>]',
    doc: L(
      'Declares the personal information this declaration holds or processes (PIPL Art. 4). Categories come first, then key=value pairs. Sensitive categories (Art. 28) need a specific purpose and separate consent (Art. 29).',
      '声明此处（字段、函数等）保存或处理的个人信息（第四条）。先写类别，再写 key=value。敏感个人信息（第二十八条）须有特定目的并取得单独同意（第二十九条）。',
    ),
  },
  crossBorder: {
    detail: L('Personal information provided outside mainland China', '向境外提供个人信息'),
    syntax: '@crossBorder <destination> [recipient=<id>] [mechanism=<mechanism>] [exemption=<exemption>] [categories=<ids>] [purpose=<id>] [consent=separate] [pia=<ref>]',
    doc: L(
      'Marks code that provides personal information to a recipient outside mainland China (PIPL Art. 38). The destination is an ISO 3166-1 code (SG, US…) or a destination from the policy; one tag per destination.',
      '标注向中华人民共和国境外提供个人信息的代码（第三十八条）。目的地为 ISO 3166-1 代码（SG、US 等）或政策文件中的目的地；每个目的地写一个标签。',
    ),
  },
};

function tagNameItems(ctx: Ctx, start: number, end: number, lineEnd: number): CompletionItem[] {
  const range = ctx.range(start, end);
  const restBlank = ctx.text.slice(end, lineEnd).trim() === '';
  return TAG_NAMES.map((tag, i) => {
    const d = TAG_DOCS[tag];
    const item: CompletionItem = {
      label: tag,
      kind: CompletionItemKind.Keyword,
      detail: ctx.t(d.detail),
      documentation: ctx.md(`\`${d.syntax}\`\n\n${ctx.t(d.doc)}`),
      filterText: tag,
      sortText: String(i),
      textEdit: { range, newText: tag },
    };
    if (restBlank) {
      const withPurpose = tag === 'personalData' && (ctx.policy?.purposes.size ?? 0) > 0;
      item.textEdit = { range, newText: withPurpose ? `${tag} \${1} purpose=\${2}` : `${tag} \${1}` };
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.command = TRIGGER_SUGGEST;
    }
    return item;
  });
}

// ---------------------------------------------------------------------------------------------
// The tag body: subjects, keys and values

interface Tok {
  start: number;
  end: number;
  text: string;
  /** Offset of the first '=', or -1. */
  eq: number;
}

/** Whitespace-separated tokens of text[start, end); "double quotes" may hold spaces (as the grammar reads them). */
function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    let eq = -1;
    while (i < end && !isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 61 /* = */ && eq < 0) eq = i;
      if (c === 34 /* " */) {
        const close = text.indexOf('"', i + 1);
        i = close < 0 || close >= end ? end : close + 1;
        continue;
      }
      i++;
    }
    toks.push({ start: s, end: i, text: text.slice(s, i), eq });
  }
  return toks;
}

/** The comma-separated segment of [start, end) around the cursor. */
function segmentAt(text: string, start: number, end: number, offset: number): { start: number; end: number } {
  let s = offset;
  while (s > start && text[s - 1] !== ',') s--;
  let e = offset;
  while (e < end && text[e] !== ',') e++;
  return { start: s, end: e };
}

/** The words of [start, end) other than the segment being edited. */
function otherSegments(text: string, start: number, end: number, seg: { start: number; end: number }): string[] {
  return listWords(text.slice(start, seg.start) + ',' + text.slice(seg.end, end));
}

function listWords(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w.length > 0 && !w.startsWith('"'));
}

/** What the line says, for values that depend on other parts of the tag. */
interface LineFacts {
  tag: TagName;
  subjects: string[];
  params: Map<string, string>;
}

function bodyItems(ctx: Ctx, tag: TagName, bodyStart: number, lineEnd: number): CompletionItem[] {
  const { text, offset } = ctx;
  const toks = tokenize(text, bodyStart, lineEnd);
  let curIndex = toks.findIndex((t) => t.start < offset && offset <= t.end);
  const cur: Tok | undefined = curIndex >= 0 ? toks[curIndex] : undefined;
  if (curIndex < 0) curIndex = toks.findIndex((t) => t.start >= offset);
  if (curIndex < 0) curIndex = toks.length;
  const before = toks.slice(0, curIndex);
  const after = toks.slice(cur ? curIndex + 1 : curIndex);
  const curStart = cur?.start ?? offset;
  const curEnd = cur?.end ?? offset;

  // Replay the grammar over the tokens before the cursor.
  const subjects: string[] = [];
  let inSubjects = true;
  let lastParam: { key: string; value: string } | undefined;
  for (const t of before) {
    if (inSubjects && t.eq < 0) {
      if (!t.text.startsWith('"')) subjects.push(...t.text.split(',').filter((p) => p.length > 0));
      continue;
    }
    inSubjects = false;
    if (t.eq >= 0) lastParam = { key: text.slice(t.start, t.eq), value: text.slice(t.eq + 1, t.end) };
    else if (lastParam && lastParam.value.endsWith(',')) lastParam.value += ' ' + t.text;
    else lastParam = undefined;
  }
  const continuesList = !!lastParam && lastParam.value.endsWith(',') && before.length > 0 && !before[before.length - 1].text.includes('"');

  // Everything the line states (except the token being edited), for used keys and dependent values.
  const params = new Map<string, string>();
  let pending: string | undefined;
  for (const t of [...before, ...after]) {
    if (t.eq >= 0) {
      const key = text.slice(t.start, t.eq);
      if (!params.has(key)) params.set(key, text.slice(t.eq + 1, t.end));
      pending = t.text.endsWith(',') ? key : undefined;
    } else if (pending) {
      params.set(pending, `${params.get(pending)} ${t.text}`);
      pending = t.text.endsWith(',') ? pending : undefined;
    }
  }
  const allSubjects = [...subjects];
  if (inSubjects) {
    for (const t of after) {
      if (t.eq >= 0) break;
      allSubjects.push(...t.text.split(',').filter((p) => p.length > 0 && !p.startsWith('"')));
    }
  }
  const facts: LineFacts = { tag, subjects: allSubjects, params };
  const used = new Set(params.keys());

  const eq = cur && cur.eq >= 0 && cur.eq < offset ? cur.eq : -1;
  if (eq >= 0) {
    // key=value|
    const key = text.slice(curStart, eq);
    const info = keysFor(tag).find((k) => k.key === key);
    if (!info) return [];
    if (text.charCodeAt(eq + 1) === 34 /* " */) return [];
    if (info.categoryList) {
      const seg = segmentAt(text, eq + 1, curEnd, offset);
      const written = new Set(otherSegments(text, eq + 1, curEnd, seg));
      return categoryItems(ctx, ctx.range(seg.start, seg.end), written, facts, 'categories');
    }
    if (text.slice(eq + 1, offset).includes(',')) return [];
    return valueItems(ctx, info, ctx.range(eq + 1, curEnd), facts);
  }

  if (cur && cur.eq >= offset) {
    // pur|pose=...: completing the key of an existing pair; keep its '='.
    used.delete(text.slice(curStart, cur.eq));
    return keyItems(ctx, tag, ctx.range(curStart, cur.eq), used, false);
  }
  if (cur && cur.text.startsWith('"')) return [];

  if (inSubjects) {
    const curText = text.slice(curStart, curEnd);
    const prevEndsWithComma = before.length > 0 && before[before.length - 1].text.endsWith(',');
    if (tag === 'personalData') {
      const seg = segmentAt(text, curStart, curEnd, offset);
      const written = new Set([...allSubjects, ...otherSegments(text, curStart, curEnd, seg)]);
      const items = categoryItems(ctx, ctx.range(seg.start, seg.end), written, facts, 'subject');
      if (subjects.length > 0 && !curText.includes(',') && !prevEndsWithComma) {
        items.unshift(...keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true));
      }
      return items;
    }
    if (subjects.length === 0) {
      if (curText.includes(',')) return [];
      return destinationItems(ctx, ctx.range(curStart, curEnd));
    }
    return keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true);
  }

  if (continuesList && lastParam) {
    // categories=a, |  (the grammar reads a list on after a comma and a space)
    const info = keysFor(tag).find((k) => k.key === lastParam!.key);
    if (!info?.categoryList) return [];
    const seg = segmentAt(text, curStart, curEnd, offset);
    const written = new Set([...listWords(params.get(info.key) ?? ''), ...otherSegments(text, curStart, curEnd, seg)]);
    return categoryItems(ctx, ctx.range(seg.start, seg.end), written, facts, 'categories');
  }
  return keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true);
}

// ---------------------------------------------------------------------------------------------
// Keys

function keyItems(ctx: Ctx, tag: TagName, range: Range, used: Set<string>, withEquals: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  keysFor(tag).forEach((k, i) => {
    if (used.has(k.key)) return;
    const label = `${k.key}=`;
    items.push({
      label,
      kind: CompletionItemKind.Property,
      detail: ctx.t(k.label),
      documentation: ctx.md(keyDoc(ctx, k)),
      filterText: label,
      sortText: `0${i}`,
      textEdit: { range, newText: withEquals ? label : k.key },
      ...(withEquals ? { command: TRIGGER_SUGGEST } : {}),
    });
  });
  return items;
}

function keyDoc(ctx: Ctx, k: KeyInfo): string {
  const lines = [`\`${k.key}=\` — ${ctx.both(k.label)}`];
  if (k.values) lines.push(k.values.map((v) => `- \`${v.id}\`: ${ctx.t(v.label)}`).join('\n'));
  if (k.duration) lines.push(ctx.t(L('Examples: 30d, 8w, 6m, 3y.', '示例：30d、8w、6m、3y。')));
  if (k.categoryList) lines.push(ctx.t(L('Comma-separated category ids, e.g. `identity.name,contact.phone`.', '以逗号分隔的类别标识，例如 `identity.name,contact.phone`。')));
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Categories

const SENSITIVE_ART28 = L('⚠ sensitive (PIPL Art. 28)', '⚠ 敏感个人信息（第二十八条）');
const SENSITIVE_POLICY = L('⚠ sensitive (policy)', '⚠ 敏感个人信息（政策文件）');
const NOT_ALLOWED = L('✗ not allowed by the policy', '✗ 政策文件不允许');

/**
 * Every category and group id. Sensitive first, then the rest, then what the policy would reject
 * (outside categories.allow, the line's purpose, or the destination's categories), each marked.
 */
function categoryItems(ctx: Ctx, range: Range, exclude: Set<string>, facts: LineFacts, where: 'subject' | 'categories'): CompletionItem[] {
  const tax = ctx.taxonomy;
  const allow = ctx.policy?.categories.allow;
  const purpose = purposeOf(ctx, facts);
  const destination = facts.tag === 'crossBorder' && facts.subjects[0] ? findDestination(ctx.policy, facts.subjects[0]) : undefined;
  // The limit the line's own context puts on the list.
  const scope: { patterns: string[]; note: Localized } | undefined =
    where === 'subject' && purpose?.categories
      ? { patterns: purpose.categories, note: L(`✗ not covered by purpose "${purpose.id}"`, `✗ 不在目的“${purpose.id}”的范围内`) }
      : where === 'categories' && destination?.categories
        ? { patterns: destination.categories, note: L(`✗ not listed for destination "${destination.id}"`, `✗ 不在目的地“${destination.id}”允许的范围内`) }
        : undefined;

  const items: CompletionItem[] = [];
  const add = (id: string, members: string[], group: boolean): void => {
    if (exclude.has(id)) return;
    const reasons = members.map((m) => tax.sensitivity(m)).filter((r) => r !== undefined);
    // A group is sensitive when all of its members are; one with some sensitive members says so.
    const sensitive = reasons.length > 0 && reasons.length === members.length;
    const someSensitive = members.filter((m) => tax.isSensitive(m));
    const notAllowed = !!allow && members.some((m) => !matchesAny(allow, m));
    const outOfScope = !!scope && members.some((m) => !matchesAny(scope.patterns, m));
    const marks: string[] = [];
    if (sensitive) marks.push(ctx.t(reasons.includes('art28') ? SENSITIVE_ART28 : SENSITIVE_POLICY));
    else if (someSensitive.length) marks.push(ctx.t(L(`⚠ includes sensitive ${someSensitive.join(', ')}`, `⚠ 含敏感个人信息 ${someSensitive.join('、')}`)));
    if (notAllowed) marks.push(ctx.t(NOT_ALLOWED));
    if (outOfScope) marks.push(ctx.t(scope!.note));
    const label = tax.label(id);
    marks.push(group ? `${ctx.both(label)} (${members.length})` : ctx.both(label));
    const tier = notAllowed || outOfScope ? 2 : sensitive ? 0 : 1;
    items.push({
      label: id,
      kind: group ? CompletionItemKind.Folder : CompletionItemKind.EnumMember,
      detail: marks.join(' · '),
      documentation: ctx.md(categoryDoc(ctx, id, members, group, notAllowed, outOfScope ? scope!.note : undefined)),
      filterText: id,
      sortText: `1${tier}:${id}`,
      textEdit: { range, newText: id },
    });
  };
  for (const id of tax.ids) add(id, [id], false);
  for (const g of tax.groupIds) add(g, tax.expand(g), true);
  return items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
}

function categoryDoc(ctx: Ctx, id: string, members: string[], group: boolean, notAllowed: boolean, scopeNote: Localized | undefined): string {
  const tax = ctx.taxonomy;
  const out = [`**${id}** — ${ctx.both(tax.label(id))}`];
  if (group) out.push(`${ctx.t(L('Group of', '包含'))}: ${members.map((m) => `\`${m}\``).join(', ')}`);
  if (!group) {
    const def = tax.get(id);
    const reason = tax.sensitivity(id);
    if (reason === 'art28' && def?.art28Kind) {
      out.push(
        ctx.t(
          L(
            `Sensitive personal information (PIPL Art. 28: ${def.art28Kind.en}). Needs a specific purpose and sufficient necessity, separate consent (Art. 29) and an impact assessment (Art. 55).`,
            `敏感个人信息（第二十八条：${def.art28Kind.zh}）。须具有特定的目的和充分的必要性，取得单独同意（第二十九条），并进行个人信息保护影响评估（第五十五条）。`,
          ),
        ),
      );
    } else if (reason) {
      out.push(ctx.t(L('Treated as sensitive by the policy.', '政策文件将其作为敏感个人信息处理。')));
    }
    if (def?.note) out.push(ctx.t(def.note));
    if (!tax.isBuiltin(id)) out.push(ctx.t(L('Custom category defined in the policy.', '政策文件中定义的自定义类别。')));
  }
  if (notAllowed) out.push(ctx.t(L("Outside the policy's categories.allow (PIPL Art. 6).", '不在政策文件的 categories.allow 范围内（第六条）。')));
  if (scopeNote) out.push(ctx.t(scopeNote));
  return out.join('\n\n');
}

function purposeOf(ctx: Ctx, facts: LineFacts): Purpose | undefined {
  const id = facts.params.get('purpose');
  return id ? ctx.policy?.purposes.get(id) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Destinations

function destinationItems(ctx: Ctx, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const policy = ctx.policy;
  const dests = policy ? [...policy.crossBorder.destinations.values()] : [];
  dests.forEach((d, i) => {
    const country = d.country ?? (isCountryCode(d.id) ? d.id : undefined);
    const parts: string[] = [];
    if (country && COUNTRIES[country]) parts.push(ctx.both(COUNTRIES[country]));
    if (d.mechanism) parts.push(d.exemption ? `${d.mechanism} (${d.exemption})` : d.mechanism);
    if (d.validUntil) {
      const expired = d.validUntil < ctx.today;
      parts.push(ctx.t(expired ? L(`⚠ expired ${d.validUntil}`, `⚠ 已于 ${d.validUntil} 到期`) : L(`valid until ${d.validUntil}`, `有效期至 ${d.validUntil}`)));
    }
    items.push({
      label: d.id,
      kind: CompletionItemKind.Reference,
      detail: parts.join(' · ') || ctx.t(L('Destination in the policy', '政策文件中的目的地')),
      documentation: ctx.md(destinationDoc(ctx, d)),
      filterText: country && COUNTRIES[country] ? `${d.id} ${COUNTRIES[country].en} ${COUNTRIES[country].zh}` : d.id,
      sortText: `0${String(i).padStart(4, '0')}`,
      textEdit: { range, newText: d.id },
    });
  });

  const byCountry = new Map<string, string[]>();
  for (const d of dests) if (d.country) byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d.id]);
  for (const [code, name] of Object.entries(COUNTRIES)) {
    // Mainland China is not a destination abroad; a code that is itself a policy destination is listed above.
    if (code === 'CN' || policy?.crossBorder.destinations.has(code)) continue;
    const parts = [ctx.both(name)];
    const via = byCountry.get(code);
    if (via && via.length === 1) parts.push(ctx.t(L(`policy destination "${via[0]}"`, `政策文件中的目的地“${via[0]}”`)));
    else if (policy) parts.unshift(ctx.t(L('✗ not approved in the policy', '✗ 政策文件未批准')));
    items.push({
      label: code,
      kind: CompletionItemKind.Constant,
      detail: parts.join(' · '),
      filterText: `${code} ${name.en} ${name.zh}`,
      sortText: `1${code}`,
      textEdit: { range, newText: code },
    });
  }
  return items;
}

function destinationDoc(ctx: Ctx, d: Destination): string {
  const rows: [Localized, string | undefined][] = [
    [L('Country or region', '国家或地区'), d.country],
    [L('Recipients', '接收方'), d.recipients?.join(', ')],
    [L('Mechanism', '出境机制'), d.mechanism],
    [L('Exemption', '豁免情形'), d.exemption ?? undefined],
    [L('Reference', '编号'), d.reference],
    [L('Valid until', '有效期至'), d.validUntil],
    [L('Categories', '类别'), d.categories?.join(', ')],
    [L('Separate consent', '单独同意'), d.separateConsent === undefined ? undefined : String(d.separateConsent)],
    [L('Impact assessment', '影响评估'), d.impactAssessment],
  ];
  return [`**${d.id}**`, ...rows.filter(([, v]) => v).map(([k, v]) => `- ${ctx.t(k)}: ${v}`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Values

function valueItems(ctx: Ctx, info: KeyInfo, range: Range, facts: LineFacts): CompletionItem[] {
  switch (info.key) {
    case 'purpose':
      return purposeItems(ctx, range, facts);
    case 'retention':
      return retentionItems(ctx, range, facts);
    case 'recipient':
      return recipientItems(ctx, range, facts);
    case 'subject':
      return [
        {
          label: 'minor',
          kind: CompletionItemKind.EnumMember,
          detail: ctx.t(L('Minors under 14 (PIPL Art. 31)', '不满十四周岁的未成年人（第三十一条）')),
          documentation: ctx.md(
            ctx.t(
              L(
                "The data is about minors under 14. Their personal information is sensitive (PIPL Art. 28); processing needs the consent of a parent or guardian (`basis=guardian-consent`) and dedicated processing rules (Art. 31).",
                '个人信息主体为不满十四周岁的未成年人。其个人信息属于敏感个人信息（第二十八条）；处理应当取得未成年人的父母或者其他监护人的同意（`basis=guardian-consent`），并制定专门的个人信息处理规则（第三十一条）。',
              ),
            ),
          ),
          filterText: 'minor',
          textEdit: { range, newText: 'minor' },
        },
      ];
    case 'pia':
      return piaItems(ctx, range, facts);
    default:
      return info.values ? enumItems(ctx, info, range, facts) : [];
  }
}

/** The value the policy already gives for this key (the line's purpose or destination), if any. */
function policyDefault(ctx: Ctx, key: string, facts: LineFacts): { value: string; from: Localized } | undefined {
  if (key === 'basis') {
    const p = purposeOf(ctx, facts);
    if (p?.basis) return { value: p.basis, from: L(`purpose "${p.id}"`, `目的“${p.id}”`) };
  }
  if (key === 'mechanism' || key === 'exemption') {
    const d = facts.tag === 'crossBorder' && facts.subjects[0] ? findDestination(ctx.policy, facts.subjects[0]) : undefined;
    const v = key === 'mechanism' ? d?.mechanism : d?.exemption;
    if (d && v) return { value: v, from: L(`destination "${d.id}"`, `目的地“${d.id}”`) };
  }
  return undefined;
}

function enumItems(ctx: Ctx, info: KeyInfo, range: Range, facts: LineFacts): CompletionItem[] {
  const dflt = policyDefault(ctx, info.key, facts);
  return info.values!.map((v, i) => {
    const isDefault = dflt?.value === v.id;
    const detail = `${ctx.t(v.label)} (${ctx.cite(v)})`;
    const doc = [`**${v.id}** — ${ctx.t(v.label)}`, ctx.t(v.label) === v.label[ctx.other] ? '' : v.label[ctx.other], v.citations.map((c) => `- ${describeCitation(c)}`).join('\n')];
    if (isDefault) doc.push(ctx.t(L(`Already the policy's value for ${dflt!.from.en}.`, `已是政策文件中${dflt!.from.zh}的值。`)));
    return {
      label: v.id,
      kind: CompletionItemKind.EnumMember,
      detail: isDefault ? `✓ ${ctx.t(dflt!.from)} · ${detail}` : detail,
      documentation: ctx.md(doc.filter((s) => s).join('\n\n')),
      filterText: v.id,
      sortText: `${isDefault ? 0 : 1}${String(i).padStart(2, '0')}`,
      ...(isDefault ? { preselect: true } : {}),
      textEdit: { range, newText: v.id },
    };
  });
}

function purposeItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const tax = ctx.taxonomy;
  // With categories on the line, purposes that cover them all come first.
  const written = facts.tag === 'personalData' ? facts.subjects : listWords(facts.params.get('categories') ?? '');
  const members = [...new Set(written.flatMap((w) => tax.expand(w)))];
  const items: CompletionItem[] = [];
  let i = 0;
  for (const p of policy.purposes.values()) {
    const missing = p.categories ? members.filter((m) => !matchesAny(p.categories!, m)) : [];
    const desc = ctx.lang === 'zh' ? (p.descriptionZh ?? p.description) : (p.description ?? p.descriptionZh);
    const parts: string[] = [];
    if (missing.length) parts.push(ctx.t(L(`✗ does not cover ${missing.join(', ')}`, `✗ 不包括 ${missing.join('、')}`)));
    if (desc) parts.push(desc);
    if (p.basis) parts.push(`basis=${p.basis}`);
    if (p.retention) parts.push(`retention=${p.retention}`);
    const doc = [`**${p.id}**${desc ? ` — ${desc}` : ''}`];
    const otherDesc = ctx.lang === 'zh' ? p.description : p.descriptionZh;
    if (otherDesc && otherDesc !== desc) doc.push(otherDesc);
    const rows: [Localized, string | undefined][] = [
      [L('Legal basis', '合法性基础'), p.basis],
      [L('Retention', '保存期限'), p.retention],
      [L('Categories', '类别'), p.categories?.join(', ')],
      [L('Impact assessment', '影响评估'), p.impactAssessment],
    ];
    doc.push(rows.filter(([, v]) => v).map(([k, v]) => `- ${ctx.t(k)}: ${v}`).join('\n'));
    items.push({
      label: p.id,
      kind: CompletionItemKind.Value,
      detail: parts.join(' · '),
      documentation: ctx.md(doc.filter((s) => s).join('\n\n')),
      filterText: p.id,
      sortText: `${missing.length ? 1 : 0}${String(i++).padStart(4, '0')}`,
      textEdit: { range, newText: p.id },
    });
  }
  return items;
}

function durationText(ctx: Ctx, d: string): string {
  const m = /^(\d+)([dwmy])$/.exec(d);
  if (!m) return d;
  const n = Number(m[1]);
  const en: Record<string, string> = { d: 'day', w: 'week', m: 'month', y: 'year' };
  const zh: Record<string, string> = { d: '天', w: '周', m: '个月', y: '年' };
  return ctx.lang === 'zh' ? `${n} ${zh[m[2]]}` : `${n} ${en[m[2]]}${n === 1 ? '' : 's'}`;
}

function retentionItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const purpose = purposeOf(ctx, facts);
  const limit = purpose?.retention && durationDays(purpose.retention) !== undefined ? purpose.retention : undefined;
  const items: CompletionItem[] = [];
  if (limit) {
    items.push({
      label: limit,
      kind: CompletionItemKind.Value,
      detail: `${durationText(ctx, limit)} · ${ctx.t(L(`the limit of purpose "${purpose!.id}"`, `目的“${purpose!.id}”的保存期限`))}`,
      documentation: ctx.md(ctx.t(L('Keep data only as long as the purpose needs (PIPL Art. 19).', '保存期限应当为实现处理目的所必要的最短时间（第十九条）。'))),
      filterText: limit,
      sortText: '0',
      preselect: true,
      textEdit: { range, newText: limit },
    });
  }
  COMMON_DURATIONS.forEach((d, i) => {
    if (d === limit) return;
    const exceeds = !!limit && compareDurations(d, limit) > 0;
    const detail = exceeds
      ? `${ctx.t(L(`✗ longer than purpose "${purpose!.id}" allows (${limit})`, `✗ 超过目的“${purpose!.id}”的保存期限（${limit}）`))} · ${durationText(ctx, d)}`
      : durationText(ctx, d);
    items.push({
      label: d,
      kind: CompletionItemKind.Value,
      detail,
      filterText: d,
      sortText: `${exceeds ? 2 : 1}${i}`,
      textEdit: { range, newText: d },
    });
  });
  return items;
}

function recipientItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const dest = facts.subjects[0] ? findDestination(policy, facts.subjects[0]) : undefined;
  const dests = dest ? [dest] : [...policy.crossBorder.destinations.values()];
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const d of dests) {
    for (const r of d.recipients ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      items.push({
        label: r,
        kind: CompletionItemKind.Value,
        detail: ctx.t(L(`Recipient at destination "${d.id}"`, `目的地“${d.id}”的接收方`)),
        filterText: r,
        sortText: String(items.length).padStart(4, '0'),
        textEdit: { range, newText: r },
      });
    }
  }
  return items;
}

function piaItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const refs: { ref: string; from: Localized; first: boolean }[] = [];
  const add = (ref: string | undefined, from: Localized, first: boolean): void => {
    if (ref && !refs.some((r) => r.ref === ref) && !/\s/.test(ref)) refs.push({ ref, from, first });
  };
  const purpose = purposeOf(ctx, facts);
  if (purpose) add(purpose.impactAssessment, L(`purpose "${purpose.id}"`, `目的“${purpose.id}”`), true);
  const dest = facts.tag === 'crossBorder' && facts.subjects[0] ? findDestination(policy, facts.subjects[0]) : undefined;
  if (dest) add(dest.impactAssessment, L(`destination "${dest.id}"`, `目的地“${dest.id}”`), true);
  for (const p of policy.purposes.values()) add(p.impactAssessment, L(`purpose "${p.id}"`, `目的“${p.id}”`), false);
  for (const d of policy.crossBorder.destinations.values()) add(d.impactAssessment, L(`destination "${d.id}"`, `目的地“${d.id}”`), false);
  return refs.map((r, i) => ({
    label: r.ref,
    kind: CompletionItemKind.Reference,
    detail: ctx.t(L(`Impact assessment of ${r.from.en}`, `${r.from.zh}的个人信息保护影响评估`)),
    filterText: r.ref,
    sortText: `${r.first ? 0 : 1}${String(i).padStart(4, '0')}`,
    ...(r.first ? { preselect: true } : {}),
    textEdit: { range, newText: r.ref },
  }));
}
