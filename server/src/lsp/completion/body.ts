/** Completion in a tag body: which list (subjects, keys or values) the cursor's place asks for. */
import type { CompletionItem } from 'vscode-languageserver';
import type { TagName } from '../../engine/types';
import type { Ctx, LineFacts } from './request';
import { readBody } from './cursor';
import { listWords, otherSegments, segmentAt } from './tokens';
import { keyInfo, keyItems } from './keys';
import { categoryItems } from './categories';
import { destinationItems } from './destinations';
import { valueItems } from './values';

export function bodyItems(ctx: Ctx, tag: TagName, bodyStart: number, lineEnd: number): CompletionItem[] {
  const { text, offset } = ctx;
  const { cur, curStart, curEnd, subjects, inSubjects, prevEndsWithComma, continuedKey, facts } = readBody(tag, text, offset, bodyStart, lineEnd);
  const used = new Set(facts.params.keys());

  const eq = cur && cur.eq >= 0 && cur.eq < offset ? cur.eq : -1;
  if (eq >= 0) {
    // key=value|
    const info = keyInfo(tag, text.slice(curStart, eq));
    if (!info) return [];
    if (text.charCodeAt(eq + 1) === 34 /* " */) return [];
    if (info.categoryList) return listItems(ctx, eq + 1, curEnd, [], facts, 'categories');
    if (text.slice(eq + 1, offset).includes(',')) return [];
    return valueItems(ctx, info, ctx.range(eq + 1, curEnd), facts);
  }

  if (cur && cur.eq >= offset) {
    // pur|pose=...: completing the key of an existing pair; keep its '='.
    used.delete(text.slice(curStart, cur.eq));
    return keyItems(ctx, tag, ctx.range(curStart, cur.eq), used, false);
  }
  if (cur && cur.text.startsWith('"')) return [];

  if (inSubjects) {
    const curText = text.slice(curStart, curEnd);
    if (tag === 'personalData') {
      const items = listItems(ctx, curStart, curEnd, facts.subjects, facts, 'subject');
      if (subjects.length > 0 && !curText.includes(',') && !prevEndsWithComma) {
        items.unshift(...keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true));
      }
      return items;
    }
    if (subjects.length === 0) {
      if (curText.includes(',')) return [];
      return destinationItems(ctx, ctx.range(curStart, curEnd));
    }
    return keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true);
  }

  if (continuedKey !== undefined) {
    // categories=a, |
    const info = keyInfo(tag, continuedKey);
    if (!info?.categoryList) return [];
    return listItems(ctx, curStart, curEnd, listWords(facts.params.get(info.key) ?? ''), facts, 'categories');
  }
  return keyItems(ctx, tag, ctx.range(curStart, curEnd), used, true);
}

/** Categories for the comma-separated segment of [start, end) at the cursor, less those already written. */
function listItems(ctx: Ctx, start: number, end: number, written: string[], facts: LineFacts, where: 'subject' | 'categories'): CompletionItem[] {
  const seg = segmentAt(ctx.text, start, end, ctx.offset);
  const exclude = new Set([...written, ...otherSegments(ctx.text, start, end, seg)]);
  return categoryItems(ctx, ctx.range(seg.start, seg.end), exclude, facts, where);
}
