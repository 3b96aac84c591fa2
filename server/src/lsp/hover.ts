/**
 * Hovers for @personalData / @crossBorder tags: a pure function from (text, offset, policy)
 * to Markdown in the user's language. No VS Code, no LSP connection: the server adapts the result.
 *
 * What can be hovered: the tag name (syntax), a category or group (sensitivity, obligations,
 * the policy's view), a @crossBorder destination (country, policy record, mechanism required),
 * a key, and the values of basis=, retention=, purpose=, mechanism=, exemption=, consent=,
 * subject=, pia=, recipient= and each category of categories=; and an outbound call (hoverEgress.ts).
 */
import {
  type DocumentAnalysis,
  findTagNames,
  type ParsedParam,
  type ParsedTag,
  type ParsedWord,
  type Span,
} from '../engine/index';
import { transferHover } from './hoverTransfer';
import type { HoverEnv, HoverResult, Lang } from './hoverMarkdown';
import { categoryHover, type CategoryContext } from './hoverCategory';
import { destinationHover } from './hoverDestination';
import { keyHover, valueHover, type Resolved } from './hoverValues';
import { syntaxHover } from './hoverSyntax';
import { egressAt, egressHover } from './hoverEgress';

export type { Lang, HoverResult } from './hoverMarkdown';

export interface HoverInput {
  /** The analysis of the document's current version: its tags, what they resolve to, what reaches each transfer. */
  analysis: DocumentAnalysis;
  /** UTF-16 offset of the mouse position. */
  offset: number;
  lang: Lang;
  /** YYYY-MM-DD, for days left before a mechanism expires. */
  today: string;
}

type Target =
  | { kind: 'name'; span: Span }
  | { kind: 'subject'; word: ParsedWord; span: Span }
  | { kind: 'listCategory'; word: ParsedWord; span: Span }
  | { kind: 'value'; param: ParsedParam; span: Span }
  | { kind: 'key'; key: string; span: Span };

/** What each token of the tag explains. A pair the grammar rejected (bad value, duplicate...) still explains its key. */
function targetsOf(tag: ParsedTag): Target[] {
  const targets: Target[] = [];
  for (const t of tag.tokens) {
    const span = { start: t.start, end: t.end };
    if (t.role === 'tagName') {
      targets.push({ kind: 'name', span });
    } else if (t.role === 'subject') {
      const word = tag.subjects.find((w) => w.span.start === t.start && w.span.end === t.end);
      if (word) targets.push({ kind: 'subject', word, span });
    } else if (t.role === 'key') {
      targets.push({ kind: 'key', key: t.text, span });
    } else if (t.key !== undefined && t.text !== '=') {
      // A value, a list item, or a list's comma or quote.
      const param = tag.params.find((p) => p.valueSpan.start <= t.start && t.end <= p.valueSpan.end);
      if (!param) targets.push({ kind: 'key', key: t.key, span });
      else if (t.role === 'listItem') targets.push({ kind: 'listCategory', word: { text: t.text, span }, span });
      else if (t.role === 'value') targets.push({ kind: 'value', param, span });
    }
  }
  return targets;
}

/** The token under the offset: one that contains it, else one that ends right at it. */
function pickTarget(targets: Target[], offset: number): Target | undefined {
  return targets.find((t) => t.span.start <= offset && offset < t.span.end) ?? targets.find((t) => t.span.end === offset && t.span.start < offset);
}

/** A tag name the extractor dropped (e.g. "@personalData" with nothing after it yet): still show the syntax. */
function bareTagName(text: string, offset: number, lang: Lang): HoverResult | undefined {
  // Only inside a /** ... */ block.
  const opener = text.lastIndexOf('/**', offset);
  if (opener < 0 || text.lastIndexOf('*/', offset) > opener) return undefined;
  const close = text.indexOf('*/', opener + 3);
  const found = findTagNames(text, opener, close < 0 ? text.length : close + 2).find((f) => !f.nearMiss && f.nameSpan.start <= offset && offset <= f.nameSpan.end);
  return found && syntaxHover(found.tag, found.nameSpan, lang);
}

export function hoverAt(input: HoverInput): HoverResult | undefined {
  const { analysis, offset, lang } = input;
  const { text, fileName, policy, taxonomy } = analysis;
  if (!Number.isFinite(offset) || offset < 0 || offset > text.length) return undefined;
  const tags = analysis.tags;
  const env: HoverEnv = { text, lang, today: input.today, policy, taxonomy };
  const fn = tags.find((t) => t.tag === 'crossBorder' && t.subjects.length > 0 && t.declaration.nameSpan.start <= offset && offset <= t.declaration.nameSpan.end);
  const fnResolved = fn && analysis.resolved.get(fn);
  if (fnResolved?.kind === 'crossBorder' && fnResolved.r.parameters) return transferHover(fn!, fnResolved.r, fnResolved.r.parameters, env, fileName);
  const tag = tags.find((t) => t.span.start <= offset && offset <= t.span.end);
  if (!tag) {
    const call = egressAt(analysis, offset);
    return call ? egressHover(call, analysis, lang) : bareTagName(text, offset, lang);
  }

  const target = pickTarget(targetsOf(tag), offset);
  if (!target) return undefined;
  if (target.kind === 'name') return syntaxHover(tag.tag, target.span, lang);
  if (target.kind === 'key') return keyHover(tag.tag, target.key, target.span, lang);

  const resolved: Resolved | undefined = analysis.resolved.get(tag);
  if (!resolved) return undefined;
  switch (target.kind) {
    case 'subject':
      if (resolved.kind === 'crossBorder') return destinationHover(resolved.r, target.span, env);
      return categoryHover(target.word.text, target.span, env, categoryContext(resolved));
    case 'listCategory':
      return categoryHover(target.word.text, target.span, env, categoryContext(resolved));
    case 'value':
      return valueHover(target.param, resolved, env);
  }
}

function categoryContext(resolved: Resolved): CategoryContext {
  const r = resolved.r;
  const ctx: CategoryContext = { minor: resolved.kind === 'personalData' && resolved.r.minor, purposeId: r.purposeParam?.value, purpose: r.purpose };
  if (resolved.kind === 'crossBorder') ctx.crossBorder = { word: resolved.r.destinationWord.text, destination: resolved.r.destination };
  return ctx;
}
