/** Reading a policy file's YAML (or JSON) nodes with their places: the entries of a map, a scalar's text. */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../types';

/** The policy's document, or undefined when it does not parse (nothing can be placed in it). */
export function policyDocument(text: string): Document | undefined {
  try {
    const doc = parseDocument(text, { uniqueKeys: false });
    return doc.errors.length ? undefined : doc;
  } catch {
    return undefined;
  }
}

export interface ScalarText {
  text: string;
  /** The text without its quotes. */
  span: Span;
  plain: boolean;
}

/** A scalar's string and where it is written (inside its quotes). */
export function scalarText(node: unknown): ScalarText | undefined {
  if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
  const [start, end] = node.range;
  const quoted = (node as Scalar).type === 'QUOTE_DOUBLE' || (node as Scalar).type === 'QUOTE_SINGLE';
  return { text: String(node.value), span: quoted ? { start: start + 1, end: end - 1 } : { start, end }, plain: !quoted };
}

export interface Entry {
  key: ScalarText;
  value: unknown;
  /** From the key to the end of its value. */
  whole: Span;
}

/** The entries of a map node whose keys are scalars; none for anything else. */
export function entries(node: unknown): Entry[] {
  if (!isMap(node)) return [];
  const out: Entry[] = [];
  for (const p of (node as YAMLMap).items) {
    if (!isPair(p)) continue;
    const key = scalarText((p as Pair).key);
    if (!key) continue;
    const keyRange = ((p as Pair).key as Node).range!;
    const valueRange = ((p as Pair).value as Node | null)?.range;
    out.push({ key, value: (p as Pair).value, whole: { start: keyRange[0], end: valueRange ? valueRange[1] : keyRange[1] } });
  }
  return out;
}

/** The value of `key` in a map node. */
export function valueOf(node: unknown, key: string): unknown {
  return entries(node).find((e) => e.key.text === key)?.value;
}

/** The scalar items of a sequence node. */
export function items(node: unknown): ScalarText[] {
  if (!isSeq(node)) return [];
  return node.items.map(scalarText).filter((s): s is ScalarText => !!s);
}

/** The items of a sequence node, whatever they are. */
export function sequence(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** Where a node is written. */
export function spanOf(node: unknown): Span | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}
