/** Completion in a tag body: which list (subjects, keys or values) the cursor's place asks for. */
import type { CompletionItem } from 'vscode-languageserver';
import {
  endOfWord,
  keyOfPair,
  lastOfPair,
  scanTagLine,
  startsPair,
  type TagName,
  type TagToken,
} from '../../engine/index';
import type { Ctx } from './request';
import { cursorIn, type BodyCursor } from './cursor';
import { keyInfo, keyItems } from './keys';
import { categoryItems } from './categories';
import { destinationItems } from './destinations';
import { valueItems } from './values';

const QUOTE = 34;
const COMMA = 44;

/** The items for the cursor in the tag line text[at, lineEnd) of `tag`, past its name. */
export function bodyItems(ctx: Ctx, tag: TagName, at: number, lineEnd: number): CompletionItem[] {
  const { text } = ctx;
  const c = cursorIn(tag, scanTagLine(text, at, lineEnd), ctx.offset);
  const { tokens } = c;
  const used = new Set(c.facts.params.keys());
  const cur = c.at >= 0 ? tokens[c.at] : undefined;

  if (cur?.role === 'key') {
    // pur|pose=...: completing the key of an existing pair; keep its '='.
    used.delete(cur.text);
    return keyItems(ctx, tag, ctx.range(cur.start, cur.end), used, false);
  }
  // key=value|
  if (c.pair >= 0) return pairValueItems(ctx, tag, c, c.pair);
  if (cur && (text.charCodeAt(c.wordStart) === QUOTE || startsPair(cur))) return [];
  if (c.inSubjects) return subjectItems(ctx, tag, c, used);

  // key=a, |: a list goes on after a comma and a space.
  const k = cur ? undefined : continuedPair(text, tokens, c.before);
  if (k !== undefined) {
    const info = k >= 0 ? keyInfo(tag, tokens[k].text) : undefined;
    return info?.categoryList ? listItems(ctx, afterEquals(tokens, k).filter((t) => t.role === 'listItem'), c, 'categories') : [];
  }
  return keyItems(ctx, tag, ctx.range(c.wordStart, c.wordEnd), used, true);
}

function subjectItems(ctx: Ctx, tag: TagName, c: BodyCursor, used: Set<string>): CompletionItem[] {
  const { text } = ctx;
  const subjects = c.tokens.filter((t) => t.role === 'subject');
  const before = subjects.filter((t) => t.end <= c.wordStart).length;
  const wordHasComma = text.slice(c.wordStart, c.wordEnd).includes(',');
  const range = ctx.range(c.wordStart, c.wordEnd);
  if (tag === 'personalData') {
    const items = listItems(ctx, subjects, c, 'subject');
    const afterComma = c.before >= 0 && text.charCodeAt(c.tokens[c.before].end - 1) === COMMA;
    if (before > 0 && !wordHasComma && !afterComma) items.unshift(...keyItems(ctx, tag, range, used, true));
    return items;
  }
  if (before === 0) return wordHasComma ? [] : destinationItems(ctx, range);
  return keyItems(ctx, tag, range, used, true);
}

/** The cursor after '=': the values of the key, or the categories of a list. */
function pairValueItems(ctx: Ctx, tag: TagName, c: BodyCursor, k: number): CompletionItem[] {
  const { text, offset } = ctx;
  const info = keyInfo(tag, c.tokens[k].text);
  if (!info) return [];
  const eq = c.tokens[k + 1].start;
  // Nothing for a quoted value or word, nor inside the quotes of a list.
  if (text.charCodeAt(eq + 1) === QUOTE || (c.at >= 0 && text.charCodeAt(c.wordStart) === QUOTE)) return [];
  const value = afterEquals(c.tokens, k);
  if (value.filter((t) => t.text === '"' && t.end <= offset).length % 2 === 1) return [];
  if (info.categoryList) return listItems(ctx, value.filter((t) => t.role === 'listItem'), c, 'categories');
  if (text.slice(eq + 1, offset).includes(',')) return [];
  // The value being typed, to the end of its word (not of the words a value goes on with after ", ").
  return valueItems(ctx, info, ctx.range(eq + 1, endOfWord(text, eq + 1, c.wordEnd)), c.facts);
}

/**
 * The pair a cursor after white space goes on with, when the word before it ends in a comma (unquoted): the index
 * of its key token, -1 for a pair with no key ("=a, |"), undefined when the cursor goes on with none.
 */
function continuedPair(text: string, tokens: TagToken[], before: number): number | undefined {
  if (before < 0 || text.charCodeAt(tokens[before].end - 1) !== COMMA) return undefined;
  // The tokens of that word: back from the last one while nothing stands between them.
  for (let i = before; i >= 0 && (i === before || tokens[i].end === tokens[i + 1].start); i--) if (tokens[i].text.includes('"')) return undefined;
  if (startsPair(tokens[before])) return -1;
  const k = keyOfPair(tokens, before);
  return k >= 0 ? k : undefined;
}

/** The tokens after the '=' of the pair whose key is tokens[k]. */
function afterEquals(tokens: TagToken[], k: number): TagToken[] {
  return tokens.slice(k + 2, lastOfPair(tokens, k) + 1);
}

/** Categories for the item at the cursor (or an empty one), less the other items of its list. */
function listItems(ctx: Ctx, items: TagToken[], c: BodyCursor, where: 'subject' | 'categories'): CompletionItem[] {
  const { offset } = ctx;
  const item = items.find((t) => t.start <= offset && offset <= t.end && t.start >= c.wordStart && t.end <= c.wordEnd);
  const exclude = new Set(items.filter((t) => t !== item).map((t) => t.text));
  const range = item ? ctx.range(item.start, item.end) : ctx.range(offset, offset);
  return categoryItems(ctx, range, exclude, c.facts, where);
}
