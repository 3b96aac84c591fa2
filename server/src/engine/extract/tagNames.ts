/** Locates tag names (and near misses such as @personaldata or @cross-border) inside a comment. */
import type { Span, TagName } from '../types';
import { editDistance } from '../text/similarity';

export interface FoundTagName {
  tag: TagName;
  /** The name as written, without the @. */
  written: string;
  nameSpan: Span;
  /** Written differently from the real tag name: a typo, other casing, a hyphen. */
  nearMiss: boolean;
}

const CANONICAL: Record<string, TagName> = { personaldata: 'personalData', crossborder: 'crossBorder' };

/** Which of our tags a written name means, if any: exact, or within two edits ignoring case, '-' and '_'. */
export function classifyTagName(written: string): { tag: TagName; exact: boolean } | undefined {
  if (written === 'personalData' || written === 'crossBorder') return { tag: written, exact: true };
  const norm = written.toLowerCase().replace(/[-_]/g, '');
  for (const [key, tag] of Object.entries(CANONICAL)) {
    if (norm === key || (norm.length >= 8 && editDistance(norm, key, 2) <= 2)) return { tag, exact: false };
  }
  return undefined;
}

/**
 * Tag names in text[start, end) that stand at the start of a comment line
 * (after the opening, or after leading spaces and stars), as JSDoc block tags do.
 */
export function findTagNames(text: string, start: number, end: number): FoundTagName[] {
  const found: FoundTagName[] = [];
  const re = /@([A-Za-z][A-Za-z_-]*)/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    const at = m.index;
    if (!atLineStart(text, at, start)) continue;
    let written = m[1];
    // A name ending in '-' or '_' is not part of it ("@crossBorder-" is odd but "@crossBorder" is meant).
    written = written.replace(/[-_]+$/, '');
    const nameEnd = at + 1 + written.length;
    if (nameEnd > end) break;
    const cls = classifyTagName(written);
    if (!cls) continue;
    found.push({ tag: cls.tag, written, nameSpan: { start: at, end: nameEnd }, nearMiss: !cls.exact });
  }
  return found;
}

function atLineStart(text: string, at: number, commentStart: number): boolean {
  for (let i = at - 1; i >= commentStart; i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '*') continue;
    if (ch === '\n' || ch === '\r') return true;
    // Right after the opening "/**".
    return ch === '/' && i === commentStart;
  }
  return true;
}
