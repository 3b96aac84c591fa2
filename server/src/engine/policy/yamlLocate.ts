/** Maps paths inside a parsed YAML/JSON document to text spans (the key, or the value). */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Span } from '../types';

type Path = readonly (string | number)[];

function pairFor(doc: Document, path: Path): Pair | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair | undefined;
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      pair = undefined;
      if (!node) return undefined;
    } else {
      return undefined;
    }
  }
  return pair;
}

function rangeOf(node: unknown): Span | undefined {
  const r = (node as Node | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** The span of the key at `path` (for a sequence item, the item itself). */
export function keySpan(doc: Document, path: Path): Span | undefined {
  if (path.length === 0) return rangeOf(doc.contents);
  if (typeof path[path.length - 1] === 'number') return valueSpan(doc, path);
  const pair = pairFor(doc, path);
  return pair ? rangeOf(pair.key) : undefined;
}

/** The span of the value at `path`. */
export function valueSpan(doc: Document, path: Path): Span | undefined {
  if (path.length === 0) return rangeOf(doc.contents);
  const node = doc.getIn(path as (string | number)[], true);
  return rangeOf(node);
}

/** The nearest span that exists along `path`: the deepest key found. */
export function nearestSpan(doc: Document, path: Path, preferValue = false): Span {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const span = (preferValue && n === path.length ? valueSpan(doc, sub) : undefined) ?? keySpan(doc, sub);
    if (span) return span;
  }
  return { start: 0, end: 0 };
}
