/** Where the cursor stands among the scanner's tokens of a tag line, and what the rest of the line says. */
import { keyOfPair, lastOfPair, startsPair, type TagName, type TagToken } from '../../engine/index';
import type { LineFacts } from './request';

export interface BodyCursor {
  tokens: TagToken[];
  /** The index of the token the cursor is in (past its first character), or -1. */
  at: number;
  /** The index of the key of the pair the cursor is in: in one of its tokens, or in white space inside its value. */
  pair: number;
  /** The word being typed: the tokens around the cursor with no space between them, or an empty span at the cursor. */
  wordStart: number;
  wordEnd: number;
  /** The index of the last token before that word, or -1. */
  before: number;
  /** No key=value comes before the word: it is still among the subjects. */
  inSubjects: boolean;
  /** Everything the line states outside the word being typed. */
  facts: LineFacts;
}

/** The cursor at `offset` among the tokens of a tag line (scanTagLine, from its '@'). */
export function cursorIn(tag: TagName, tokens: TagToken[], offset: number): BodyCursor {
  const at = tokens.findIndex((t) => t.start < offset && offset <= t.end);
  let first = at;
  let last = at;
  if (at >= 0) {
    while (first > 0 && tokens[first - 1].end === tokens[first].start) first--;
    while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end) last++;
  }
  const wordStart = at >= 0 ? tokens[first].start : offset;
  const wordEnd = at >= 0 ? tokens[last].end : offset;
  let before = -1;
  let inSubjects = true;
  for (let i = 0; i < tokens.length && tokens[i].end <= wordStart; i++) {
    before = i;
    if (startsPair(tokens[i])) inSubjects = false;
  }

  // What the line states outside the word being typed, for used keys and values that depend on others.
  const subjects: string[] = [];
  const params = new Map<string, string>();
  let categories: string[] = [];
  const outside = (t: TagToken) => t.end <= wordStart || t.start >= wordEnd;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.role === 'subject' && outside(t)) subjects.push(t.text);
    if (t.role !== 'key' || !outside(t) || params.has(t.text)) continue;
    const end = lastOfPair(tokens, i);
    params.set(t.text, valueText(tokens, i + 2, end));
    if (t.text === 'categories') categories = tokens.slice(i + 2, end + 1).filter((x) => x.role === 'listItem' && outside(x)).map((x) => x.text);
  }
  return { tokens, at, pair: pairAround(tokens, at, before), wordStart, wordEnd, before, inSubjects, facts: { tag, subjects, params, categories } };
}

/** The pair the cursor is in: the one of the token at the cursor, or one whose value holds it in white space ("a, |b"). */
function pairAround(tokens: TagToken[], at: number, before: number): number {
  if (at >= 0) return tokens[at].key !== undefined ? keyOfPair(tokens, at) : -1;
  // The token after the cursor belongs to a pair (and is not its key): so does the white space before it.
  return tokens[before + 1]?.key !== undefined ? keyOfPair(tokens, before + 1) : -1;
}

/** The value of a pair whose tokens after '=' are tokens[from..to]: their texts, a space between words. */
function valueText(tokens: TagToken[], from: number, to: number): string {
  let s = '';
  for (let i = from; i <= to; i++) s += (i > from && tokens[i - 1].end < tokens[i].start ? ' ' : '') + tokens[i].text;
  return s;
}
