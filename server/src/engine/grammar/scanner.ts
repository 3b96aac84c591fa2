/**
 * The one reader of a tag line's text: `@crossBorder SG categories=identity.name, contact.phone purpose=x`
 * becomes tokens labelled by the role each plays in the tag grammar, with offsets into the text. The grammar
 * (tagGrammar.ts) is read off these tokens, and completion, hover and the syntax highlighting tests read them too.
 *
 * Words are separated by white space (with the ideographic and no-break spaces); a "double-quoted" stretch may
 * hold spaces, and one left open runs to the end of the line. The words before the first key=value are the
 * subjects, split at commas; after it each word is a key=value pair or stray, and a pair whose text ends in a
 * comma goes on with the next word that holds no '=' ("categories=a, b").
 * Linear in the length of the line, never throws, and reads a line being typed as well as a finished one.
 */
import type { TagName, TagToken, TagTokenRole } from '../types';
import { keysFor } from './vocabulary';
import { classifyTagName, writtenTagName } from './tagNames';

const QUOTE = 34;
const COMMA = 44;
const EQUALS = 61;
const AT = 64;

/** White space between the words of a tag (with the ideographic and no-break spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** The keys whose value is a list of categories, each item its own token. */
const LIST_KEYS: Record<TagName, ReadonlySet<string>> = {
  personalData: new Set(keysFor('personalData').filter((k) => k.categoryList).map((k) => k.key)),
  crossBorder: new Set(keysFor('crossBorder').filter((k) => k.categoryList).map((k) => k.key)),
};

/** The tokens of the tag line text[start, end), which starts at the tag's '@'. */
export function scanTagLine(text: string, start: number, end: number): TagToken[] {
  const tokens: TagToken[] = [];
  let tag: TagName | undefined;
  let bodyStart = start;
  if (start < end && text.charCodeAt(start) === AT) {
    const name = writtenTagName(text, start, end);
    bodyStart = name ? name.end : start + 1;
    push(tokens, 'tagName', text, start, bodyStart);
    const cls = name && classifyTagName(name.written);
    if (cls?.exact) tag = cls.tag;
  }
  return scanTagBody(tag, text, bodyStart, end, tokens);
}

/**
 * The tokens of the body of a tag (text[start, end) is what follows its name), appended to `into`.
 * `tag` decides which keys take a list; undefined reads every value whole.
 */
export function scanTagBody(tag: TagName | undefined, text: string, start: number, end: number, into: TagToken[] = []): TagToken[] {
  const lists = tag ? LIST_KEYS[tag] : undefined;
  let inSubjects = true;
  // The pair the next word goes on with when it holds no '=': its text so far ends in a comma.
  let open: Open | undefined;
  let i = start;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const w = readWord(text, i, end);
    i = w.end;
    if (open && w.eq < 0) {
      if (open.list) listItems(into, text, w.start, w.end, open.key);
      else extend(open.token, text, w.end);
      if (text.charCodeAt(w.end - 1) !== COMMA) open = undefined;
      continue;
    }
    open = undefined;
    if (w.eq < 0) {
      if (inSubjects && text.charCodeAt(w.start) !== QUOTE) subjects(into, text, w);
      else push(into, 'stray', text, w.start, w.end, undefined, w.unterminated);
      continue;
    }
    inSubjects = false;
    open = pair(into, lists, text, w);
  }
  return into;
}

/** The first token of a key=value pair: its key, or a stray that starts with '=' (a pair with no key). */
export function startsPair(t: TagToken): boolean {
  return t.role === 'key' || (t.role === 'stray' && t.text.charCodeAt(0) === EQUALS);
}

/** The index of the last token of the key=value pair whose key is tokens[k]: the tokens after it that carry its key. */
export function lastOfPair(tokens: readonly TagToken[], k: number): number {
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1].key !== undefined) last++;
  return last;
}

/** The index of the key token of the pair tokens[i] belongs to (i itself for a key), or -1 outside a pair. */
export function keyOfPair(tokens: readonly TagToken[], i: number): number {
  let k = i;
  while (k >= 0 && tokens[k].key !== undefined) k--;
  return k >= 0 && tokens[k].role === 'key' ? k : -1;
}

/** The end of the word that starts at text[start]: the first white space outside quotes, or `end`. */
export function endOfWord(text: string, start: number, end: number): number {
  return readWord(text, start, end).end;
}

interface Word {
  start: number;
  end: number;
  /** The first '=' outside quotes, or -1. */
  eq: number;
  unterminated: boolean;
}

function readWord(text: string, start: number, end: number): Word {
  let i = start;
  let eq = -1;
  let unterminated = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) break;
    if (c === EQUALS && eq < 0) eq = i;
    if (c === QUOTE) {
      let close = i + 1;
      while (close < end && text.charCodeAt(close) !== QUOTE) close++;
      if (close >= end) {
        unterminated = true;
        i = end;
        break;
      }
      i = close + 1;
      continue;
    }
    i++;
  }
  return { start, end: i, eq, unterminated };
}

/** A word among the subjects: each comma-separated part a subject, the commas punctuation. */
function subjects(into: TagToken[], text: string, w: Word): void {
  const first = into.length;
  let s = w.start;
  for (let i = w.start; i <= w.end; i++) {
    if (i < w.end && text.charCodeAt(i) !== COMMA) continue;
    if (i > s) push(into, 'subject', text, s, i);
    if (i < w.end) push(into, 'punctuation', text, i, i + 1);
    s = i + 1;
  }
  if (w.unterminated) {
    const quote = text.lastIndexOf('"', w.end - 1);
    for (let j = first; j < into.length; j++) if (into[j].start <= quote && quote < into[j].end) into[j].unterminated = true;
  }
}

/** A key=value pair whose text ends in a comma, and so may go on with the next word. */
interface Open {
  key: string;
  list: boolean;
  /** The value (or stray) that grows when the pair goes on; unused for a list. */
  token: TagToken;
}

/** A word holding '=': the key, '=' and the value (or the items of a list); with no key, a stray. */
function pair(into: TagToken[], lists: ReadonlySet<string> | undefined, text: string, w: Word): Open | undefined {
  const goesOn = !w.unterminated && text.charCodeAt(w.end - 1) === COMMA;
  if (w.eq === w.start) {
    const stray = push(into, 'stray', text, w.start, w.end, undefined, w.unterminated);
    return goesOn ? { key: '', list: false, token: stray } : undefined;
  }
  const key = push(into, 'key', text, w.start, w.eq).text;
  push(into, 'punctuation', text, w.eq, w.eq + 1, key);
  if (w.unterminated) {
    push(into, 'value', text, w.eq + 1, w.end, key, true);
    return undefined;
  }
  if (lists?.has(key)) {
    listItems(into, text, w.eq + 1, w.end, key);
    return goesOn ? { key, list: true, token: into[into.length - 1] } : undefined;
  }
  if (w.eq + 1 < w.end) push(into, 'value', text, w.eq + 1, w.end, key);
  return goesOn ? { key, list: false, token: into[into.length - 1] } : undefined;
}

/** The items of a list value in text[start, end); commas and quotes are punctuation. */
function listItems(into: TagToken[], text: string, start: number, end: number, key: string): void {
  let openQuote: TagToken | undefined;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === COMMA) {
      const mark = push(into, 'punctuation', text, i, i + 1, key);
      if (c === QUOTE) openQuote = openQuote ? undefined : mark;
      i++;
    } else if (isSpace(c)) {
      i++;
    } else {
      let j = i + 1;
      while (j < end && !isItemEnd(text.charCodeAt(j))) j++;
      push(into, 'listItem', text, i, j, key);
      i = j;
    }
  }
  if (openQuote) openQuote.unterminated = true;
}

function isItemEnd(c: number): boolean {
  return c === QUOTE || c === COMMA || isSpace(c);
}

/** A value or stray that goes on with the next word (the white space between becomes part of it). */
function extend(token: TagToken, text: string, end: number): void {
  token.end = end;
  token.text = text.slice(token.start, end);
}

function push(into: TagToken[], role: TagTokenRole, text: string, start: number, end: number, key?: string, unterminated?: boolean): TagToken {
  const token: TagToken = { role, start, end, text: text.slice(start, end) };
  if (key !== undefined) token.key = key;
  if (unterminated) token.unterminated = true;
  into.push(token);
  return token;
}
