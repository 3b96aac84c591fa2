/**
 * Hovers for @personalData / @crossBorder tags: a pure function from (text, offset, policy)
 * to Markdown in the user's language. No VS Code, no LSP connection: the server adapts the result.
 *
 * What can be hovered: the tag name (syntax), a category or group (sensitivity, obligations,
 * the policy's view), a @crossBorder destination (country, policy record, mechanism required),
 * a key, and the values of basis=, retention=, purpose=, mechanism=, exemption=, consent=,
 * subject=, pia=, recipient= and each category of categories=.
 */
import type { ParsedParam, ParsedTag, ParsedWord, Span, TagName } from '../engine/types';
import type { DocumentAnalysis } from '../engine/index';
import { transferHover } from './hoverTransfer';
import { listWords } from '../engine/resolve/resolve';
import type { HoverEnv, HoverResult, Lang } from './hoverMarkdown';
import { categoryHover, type CategoryContext } from './hoverCategory';
import { destinationHover } from './hoverDestination';
import { keyHover, valueHover, type Resolved } from './hoverValues';
import { syntaxHover } from './hoverSyntax';

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

function targetsOf(tag: ParsedTag, text: string): Target[] {
  const targets: Target[] = [{ kind: 'name', span: tag.nameSpan }];
  for (const word of tag.subjects) targets.push({ kind: 'subject', word, span: word.span });
  const keys = new Set<number>();
  for (const p of tag.params) {
    keys.add(p.keySpan.start);
    targets.push({ kind: 'key', key: p.key, span: p.keySpan });
    if (p.key === 'categories') {
      for (const word of listWords(p, text)) targets.push({ kind: 'listCategory', word, span: word.span });
    } else {
      targets.push({ kind: 'value', param: p, span: p.valueSpan });
    }
  }
  // key=value pairs the grammar rejected (bad value, duplicate...): still explain the key.
  const body = text.slice(tag.nameSpan.end, tag.span.end);
  const re = /(^|\s)([A-Za-z][A-Za-z0-9_-]*)=("[^"]*"?|\S*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = tag.nameSpan.end + m.index + m[1].length;
    if (keys.has(start)) continue;
    const keySpan = { start, end: start + m[2].length };
    targets.push({ kind: 'key', key: m[2], span: keySpan });
    if (m[3].length) targets.push({ kind: 'key', key: m[2], span: { start: keySpan.end + 1, end: keySpan.end + 1 + m[3].length } });
  }
  return targets;
}

/** The token under the offset: one that contains it, else one that ends right at it. */
function pickTarget(targets: Target[], offset: number): Target | undefined {
  return targets.find((t) => t.span.start <= offset && offset < t.span.end) ?? targets.find((t) => t.span.end === offset && t.span.start < offset);
}

/** A tag name the extractor dropped (e.g. "@personalData" with nothing after it yet): still show the syntax. */
function bareTagName(text: string, offset: number, lang: Lang): HoverResult | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const re = /@(personalData|crossBorder)(?![A-Za-z0-9_])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const span = { start: lineStart + m.index, end: lineStart + m.index + m[0].length };
    if (offset < span.start || offset > span.end) continue;
    // Only inside a /** ... */ block.
    if (text.lastIndexOf('/**', span.start) <= text.lastIndexOf('*/', span.start)) return undefined;
    return syntaxHover(m[1] as TagName, span, lang);
  }
  return undefined;
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
  if (!tag) return bareTagName(text, offset, lang);

  const target = pickTarget(targetsOf(tag, text), offset);
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
