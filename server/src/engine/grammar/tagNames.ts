/**
 * Tag names, recognised in this one place: the cheap test for texts that may hold a tag, the character class
 * of a written name, its classification (exact, or a near miss such as @personaldata or @cross-border), and the
 * names that stand where JSDoc block tags do.
 */
import type { Span, TagName } from '../types';
import { editDistance } from '../text/similarity';
import { TAG_NAMES } from './vocabulary';

/** Cheap test run before parsing: most files hold no tag at all. */
const MAYBE_TAGGED = /@(?:personal|cross)/i;

export function mightContainTags(text: string): boolean {
  return MAYBE_TAGGED.test(text);
}

/** A character of a tag name as written: letters, '_' and '-' (so that near misses such as @cross-border are read whole). */
export function isTagNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The end of the name characters from `from` (at most `end`): where a name written after an '@' stops. */
export function tagNameEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isTagNameChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The name written after the '@' at `at`: a letter, then letters, '_' and '-', less any '-' or '_' at its end
 * ("@crossBorder-" is odd, but "@crossBorder" is meant). Undefined when no letter follows the '@'.
 */
export function writtenTagName(text: string, at: number, end: number): { written: string; end: number } | undefined {
  if (!isLetter(text.charCodeAt(at + 1)) || at + 1 >= end) return undefined;
  let nameEnd = tagNameEnd(text, at + 1, end);
  while (nameEnd > at + 2 && !isLetter(text.charCodeAt(nameEnd - 1))) nameEnd--;
  return { written: text.slice(at + 1, nameEnd), end: nameEnd };
}

/** True for the exact name of one of our tags. */
export function isTagName(name: string): name is TagName {
  return (TAG_NAMES as readonly string[]).includes(name);
}

const CANONICAL: ReadonlyMap<string, TagName> = new Map(TAG_NAMES.map((t) => [t.toLowerCase(), t]));

/** Which of our tags a written name means, if any: exact, or within two edits ignoring case, '-' and '_'. */
export function classifyTagName(written: string): { tag: TagName; exact: boolean } | undefined {
  if (isTagName(written)) return { tag: written, exact: true };
  const norm = written.toLowerCase().replace(/[-_]/g, '');
  for (const [key, tag] of CANONICAL) {
    if (norm === key || (norm.length >= 8 && editDistance(norm, key, 2) <= 2)) return { tag, exact: false };
  }
  return undefined;
}

/** Whether `text` names `tag` anywhere (exactly or as a near miss), wherever it stands. */
export function mentionsTag(text: string, tag: TagName): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const name = writtenTagName(text, at, text.length);
    if (name && classifyTagName(name.written)?.tag === tag) return true;
  }
  return false;
}

export interface FoundTagName {
  tag: TagName;
  /** The name as written, without the @. */
  written: string;
  nameSpan: Span;
  /** Written differently from the real tag name: a typo, other casing, a hyphen. */
  nearMiss: boolean;
}

/**
 * Tag names in text[start, end) that stand at the start of a comment line
 * (after the opening, or after leading spaces and stars), as JSDoc block tags do.
 */
export function findTagNames(text: string, start: number, end: number): FoundTagName[] {
  const found: FoundTagName[] = [];
  for (let at = text.indexOf('@', start); at >= 0 && at < end; at = text.indexOf('@', at + 1)) {
    const name = writtenTagName(text, at, text.length);
    if (!name || !atLineStart(text, at, start)) continue;
    if (name.end > end) break;
    const cls = classifyTagName(name.written);
    if (!cls) continue;
    found.push({ tag: cls.tag, written: name.written, nameSpan: { start: at, end: name.end }, nearMiss: !cls.exact });
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
