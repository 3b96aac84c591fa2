/**
 * Finds @personalData / @crossBorder tags in JSDoc blocks with the TypeScript parser
 * (syntax only: no program, no type checker) and reads each with the tag grammar.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { DeclarationInfo, ExtractResult, ParsedTag, Span, TagName, TagSyntaxError } from '../types';
import { parseTagBody, type TagBody } from '../grammar/tagGrammar';
import { describeDeclaration } from './declarations';
import { findTagNames, mightContainTags, type FoundTagName } from '../grammar/tagNames';
import { childContaining, nodesAt } from './nodes';
import { detached } from '../text/detached';
import { recalled, remembered } from './parse';

export { parseDocument, parseSource, scriptKindFor, type SyntaxTree } from './parse';

export { mightContainTags };

/** The nodes a JSDoc block is attached to: the outermost node that lists it, found by descending to its offset. */
function ownerOfJSDoc(sf: ts.SourceFile, commentStart: number): { doc: ts.JSDoc; node: ts.Node } | undefined {
  let node: ts.Node | undefined = sf;
  while ((node = childContaining(node, commentStart))) {
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
    const doc = docs?.find((d) => d.pos === commentStart);
    if (doc) return { doc, node };
  }
  return undefined;
}

interface TaggedBlock {
  start: number;
  end: number;
  names: FoundTagName[];
}

/**
 * Every /** block in the text that names one of our tags (or a near miss), in text order: where it starts and
 * ends, and the tag names in it. Blocks inside strings are included; the parse tells them apart.
 */
function taggedBlocks(text: string): TaggedBlock[] {
  const blocks: TaggedBlock[] = [];
  let close = -1;
  let nextAt = -1;
  for (let start = text.indexOf('/**'); start >= 0; start = text.indexOf('/**', start + 3)) {
    // One search for the closing star-slash serves every opening before it: linear in the text.
    if (close < start + 3) {
      close = text.indexOf('*/', start + 3);
      if (close < 0) break;
    }
    const end = close + 2;
    if (nextAt < start) {
      nextAt = text.indexOf('@', start);
      if (nextAt < 0) break;
    }
    if (nextAt >= end) continue;
    const names = findTagNames(text, start, end);
    if (names.length) blocks.push({ start, end, names });
  }
  return blocks;
}

/** Extract every tag of the file. Never throws for any input text. */
export function extractTags(text: string, fileName: string, sourceFile?: ts.SourceFile): ExtractResult {
  if (!mightContainTags(text)) return { tags: [], errors: [] };
  const known = recalled(text, fileName);
  // A tree of the caller's own is read as it is, without parsing the text again for the cache.
  if (sourceFile && sourceFile !== known?.sf) return extractUncached(text, sourceFile);
  const entry = known ?? remembered(text, fileName);
  return (entry.result ??= extractUncached(text, entry.sf));
}

function extractUncached(text: string, sf: ts.SourceFile): ExtractResult {
  const result: ExtractResult = { tags: [], errors: [] };
  const attached = new Set<number>();
  const declarations = new Map<ts.Node, DeclarationInfo | undefined>();
  // Only the blocks that name a tag are looked up in the tree: a walk of every node costs more than the parse.
  const blocks = taggedBlocks(text);
  for (const block of blocks) {
    const owner = ownerOfJSDoc(sf, block.start);
    if (!owner) continue;
    attached.add(block.start);
    const { node } = owner;
    if (!declarations.has(node)) declarations.set(node, describeDeclaration(node, sf));
    readTags(text, owner.doc.end, block.names, declarations.get(node), result);
  }
  readOrphans(text, sf, blocks, attached, result);
  return result;
}

function readTags(
  text: string,
  commentEnd: number,
  names: FoundTagName[],
  declaration: DeclarationInfo | undefined,
  result: ExtractResult,
): void {
  for (const found of names) {
    if (found.nearMiss) {
      result.errors.push(nearMissError(found));
      continue;
    }
    const lineEnd = endOfTagLine(text, found.nameSpan.end, commentEnd);
    const span = { start: found.nameSpan.start, end: trimEnd(text, found.nameSpan.start, lineEnd) };
    if (!declaration || declaration.kind === 'unknown') {
      result.errors.push({
        span: found.nameSpan,
        message: {
          en: `@${found.tag} must document a declaration (interface, type, class, enum, property, parameter, function, method or variable); this one is ignored.`,
          zh: `@${found.tag} 必须写在声明（接口、类型、类、枚举、属性、参数、函数、方法或变量）的文档注释中；此处的标签被忽略。`,
        },
      });
      continue;
    }
    const body = tagBody(found.tag, text, span);
    result.errors.push(...body.errors);
    const tag: ParsedTag = {
      tag: found.tag as TagName,
      nameSpan: found.nameSpan,
      span,
      subjects: body.subjects,
      params: body.params,
      tokens: body.tokens,
      declaration,
    };
    // A tag whose subjects could not be read at all is not checked further.
    if (tag.subjects.length > 0 || body.errors.length === 0) result.tags.push(tag);
  }
}

/**
 * Read tag bodies, by tag and text from the tag name to the end of its line, with offsets from the tag's start:
 * an editor re-reads the same few hundred tags on every keystroke, and a codebase repeats its tags. Each keeps its
 * last copy placed in a file: after an edit, the tags before it stand where they stood and get that copy again.
 */
interface CachedBody {
  relative: TagBody;
  at: number;
  placed?: TagBody;
}
const bodies = new Map<string, CachedBody>();
const BODIES_LIMIT = 5000;

function tagBody(tag: TagName, text: string, span: Span): TagBody {
  // Its own copy: the cache outlives the file's text, and a slice would keep all of it.
  const tagText = detached(text.slice(span.start, span.end));
  const key = `${tag}\u0000${tagText}`;
  let body = bodies.get(key);
  if (!body) {
    // The text starts with the tag's exact name: "@" + tag.
    body = { relative: parseTagBody(tag, tagText, 1 + tag.length, tagText.length, { start: 0, end: tagText.length }), at: -1 };
    if (bodies.size >= BODIES_LIMIT) bodies.clear();
    bodies.set(key, body);
  }
  if (body.at !== span.start || !body.placed) {
    body.at = span.start;
    body.placed = placed(body.relative, span.start);
  }
  return body.placed;
}

/** A body read at offset 0, moved to offset d. */
function placed(relative: TagBody, d: number): TagBody {
  const at = (x: Span): Span => ({ start: x.start + d, end: x.end + d });
  return {
    subjects: relative.subjects.map((w) => ({ text: w.text, span: at(w.span) })),
    params: relative.params.map((p) => ({ ...p, keySpan: at(p.keySpan), valueSpan: at(p.valueSpan), span: at(p.span) })),
    errors: relative.errors.map((e) => ({ ...e, span: at(e.span) })),
    tokens: relative.tokens.map((t) => ({ ...t, start: t.start + d, end: t.end + d })),
  };
}

function nearMissError(found: FoundTagName): TagSyntaxError {
  return {
    span: found.nameSpan,
    message: { en: `Unknown tag "@${found.written}": did you mean @${found.tag}?`, zh: `未知标签“@${found.written}”：是否应为 @${found.tag}？` },
    candidates: ['@' + found.tag],
  };
}

/** The end of a tag's text: the end of its line, or the comment's closing star-slash. */
function endOfTagLine(text: string, from: number, commentEnd: number): number {
  let end = from;
  while (end < commentEnd && text[end] !== '\n' && text[end] !== '\r') end++;
  return end === commentEnd ? Math.max(from, commentEnd - 2) : end;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * A /** block TypeScript did not attach to a node: it stands on the same line after other code,
 * as in `{ /** @personalData contact.phone *\/ phone: string }`. If a declaration starts right after it,
 * it documents that declaration; otherwise its tags are reported, so they are not silently ignored.
 * Text inside strings, templates and regular expressions that merely looks like a comment is not one.
 */
function readOrphans(text: string, sf: ts.SourceFile, blocks: TaggedBlock[], attached: Set<number>, result: ExtractResult): void {
  for (const { start, end, names } of blocks) {
    if (attached.has(start) || !mightContainTags(text.slice(start, end))) continue;
    if (insideLiteral(sf, start)) continue;
    const node = declarationStartingAt(sf, nextToken(text, end));
    if (node) {
      readTags(text, end, names, describeDeclaration(node, sf), result);
      continue;
    }
    for (const found of names) {
      if (found.nearMiss) {
        result.errors.push(nearMissError(found));
        continue;
      }
      result.errors.push({
        span: found.nameSpan,
        message: {
          en: `@${found.tag} is not in the documentation comment of a declaration, so it is ignored. Put it in the /** ... */ block directly above an interface, type, class, property, parameter or function.`,
          zh: `@${found.tag} 不在任何声明的文档注释中，因此被忽略。请把它写在接口、类型、类、属性、参数或函数正上方的 /** ... */ 注释中。`,
        },
      });
    }
  }
}

function insideLiteral(sf: ts.SourceFile, pos: number): boolean {
  const n = nodesAt(sf, pos).pop();
  const literal =
    !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) || ts.isRegularExpressionLiteral(n) || n.kind === ts.SyntaxKind.JsxText);
  // getStart skips the node's leading trivia, which can be long: only asked of literals.
  return literal && n.getStart(sf) <= pos;
}

/** The offset of the first character after `from` that is not white space. */
function nextToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** The outermost declaration whose first token is at `pos`: all nodes starting there lie on one path down. */
function declarationStartingAt(sf: ts.SourceFile, pos: number): ts.Node | undefined {
  let node: ts.Node | undefined = sf;
  while ((node = childContaining(node, pos))) {
    const start = node.getStart(sf);
    if (start > pos) return undefined;
    if (start === pos) {
      const d = describeDeclaration(node, sf);
      if (d && d.kind !== 'unknown') return node;
    }
  }
  return undefined;
}
