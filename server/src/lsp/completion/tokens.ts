/** The words of a tag body: whitespace-separated tokens and comma-separated lists. */
import { isSpace } from './context';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Offset of the first '=', or -1. */
  eq: number;
}

/** A span of the document. */
export interface Segment {
  start: number;
  end: number;
}

/** Whitespace-separated tokens of text[start, end); "double quotes" may hold spaces (as the grammar reads them). */
export function tokenize(text: string, start: number, end: number): Tok[] {
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
export function segmentAt(text: string, start: number, end: number, offset: number): Segment {
  let s = offset;
  while (s > start && text[s - 1] !== ',') s--;
  let e = offset;
  while (e < end && text[e] !== ',') e++;
  return { start: s, end: e };
}

/** The words of [start, end) other than the segment being edited. */
export function otherSegments(text: string, start: number, end: number, seg: Segment): string[] {
  return listWords(text.slice(start, seg.start) + ',' + text.slice(seg.end, end));
}

/** The unquoted words of a comma- or space-separated list. */
export function listWords(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w.length > 0 && !w.startsWith('"'));
}
