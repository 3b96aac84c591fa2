/**
 * Where a cursor is in a policy file being typed: the path of the value (or key) under it and the text it would
 * replace. The text is read as far as it parses: a half-written line ("destination: ", "[contact.phone, co") still
 * yields the tree around it.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Span } from '../types';
import { scalarText, spanOf } from './policyNodes';

export interface PolicySlot {
  /** Keys and sequence indexes from the root to the slot ("crossBorder", "hosts", 0, "destination"). */
  path: (string | number)[];
  /** A value (of a key, or an item of a list), or a key being written in a map. */
  role: 'value' | 'key';
  /** The text a completion replaces: what is written of the value (inside its quotes), empty at a new one. */
  span: Span;
  /** A value written right after "key:" with no space: an inserted value needs one before it. */
  needsSpace: boolean;
  /** A key is already followed by its colon. */
  hasColon: boolean;
  /** What else the enclosing list holds (its other items), or the enclosing map (its other keys). */
  siblings: string[];
}

/** The slot at `offset`, or undefined where nothing can be written (a comment, between entries, an unreadable file). */
export function policySlotAt(text: string, offset: number): PolicySlot | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  let contents: unknown;
  try {
    contents = parseDocument(text, { uniqueKeys: false }).contents;
  } catch {
    return undefined;
  }
  return slotIn(text, contents, [], offset);
}

function contains(node: unknown, offset: number): boolean {
  const s = spanOf(node);
  return !!s && s.start <= offset && offset <= s.end;
}

function slotIn(text: string, node: unknown, path: (string | number)[], offset: number): PolicySlot | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const pair = item as Pair;
      const key = scalarText(pair.key);
      if (!key) continue;
      if (contains(pair.key, offset)) {
        const others = node.items.filter((p) => p !== pair).map((p) => scalarText((p as Pair).key)?.text ?? '');
        return scalar(text, pair.key, [...path, key.text], 'key', offset, others);
      }
      if (pair.value !== null && contains(pair.value, offset)) return slotIn(text, pair.value, [...path, key.text], offset);
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = node.items.findIndex((i) => contains(i, offset));
    const others = (skip: number) => node.items.filter((_, i) => i !== skip).map((i) => scalarText(i)?.text ?? '');
    if (index >= 0) {
      const item = node.items[index];
      return isScalar(item) ? scalar(text, item, [...path, index], 'value', offset, others(index)) : slotIn(text, item, [...path, index], offset);
    }
    // Inside a flow list after a comma ("[contact.phone, |]"): a new item.
    const s = spanOf(node);
    if (s && s.start < offset && offset < s.end && /[[,]\s*$/.test(text.slice(s.start, offset))) {
      return { path: [...path, node.items.length], role: 'value', span: { start: offset, end: offset }, needsSpace: false, hasColon: false, siblings: others(-1) };
    }
    return undefined;
  }
  if (isScalar(node)) return scalar(text, node, path, 'value', offset, []);
  return undefined;
}

function scalar(text: string, node: unknown, path: (string | number)[], role: PolicySlot['role'], offset: number, siblings: string[]): PolicySlot | undefined {
  const range = (node as Node).range!;
  const written = scalarText(node);
  let span: Span = written ? written.span : { start: range[0], end: range[0] };
  // An unterminated quote or a value running on: never replace past the cursor's line. A value begun on an earlier
  // line (a folded scalar) is not one a completion can replace.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (span.start < lineStart) return undefined;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  else if (lineEnd > offset && text[lineEnd - 1] === '\r') lineEnd--;
  if (span.end > lineEnd) span = { start: span.start, end: Math.max(lineEnd, span.start) };
  if (offset < span.start || offset > span.end) return undefined;
  const after = text.slice(span.end).match(/^["']?\s*:/);
  return { path, role, span, needsSpace: span.start > 0 && text[span.start - 1] === ':', hasColon: !!after, siblings: siblings.filter((t) => t) };
}
