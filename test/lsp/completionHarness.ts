/** Asking for completions at a `|` in a text, and reading what accepting an item would write. */
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { LineIndex, type Policy } from '../../server/src/engine/index';
import { completionsAt } from '../../server/src/lsp/completion';

export interface Result {
  items: CompletionItem[];
  labels: string[];
  get(label: string): CompletionItem;
  /** The document text each item's edit replaces. */
  replaced(item: CompletionItem): string;
  /** The document after accepting the item. */
  accept(label: string): string;
}

export function complete(src: string, opts: { policy?: Policy; lang?: 'en' | 'zh'; positionAt?: boolean; policyFile?: boolean } = {}): Result {
  const offset = src.indexOf('|');
  assert.ok(offset >= 0, 'test source needs a | cursor');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const index = new LineIndex(text);
  const items = completionsAt({
    text,
    offset,
    policy: opts.policy,
    policyFile: opts.policyFile,
    lang: opts.lang ?? 'en',
    today: '2026-11-28',
    ...(opts.positionAt === false ? {} : { positionAt: (o: number) => index.positionAt(o) }),
  });
  const edit = (item: CompletionItem) => {
    const e = item.textEdit as TextEdit;
    assert.ok(e && 'range' in e, `${item.label} has a textEdit`);
    return { start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText };
  };
  const get = (label: string) => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `expected an item "${label}" among ${items.map((i) => i.label).slice(0, 40).join(', ')}`);
    return item;
  };
  return {
    items,
    labels: items.map((i) => String(i.label)),
    get,
    replaced: (item) => {
      const e = edit(item);
      return text.slice(e.start, e.end);
    },
    accept: (label) => {
      const e = edit(get(label));
      return text.slice(0, e.start) + e.newText + text.slice(e.end);
    },
  };
}

/** Items in the order an editor shows them with nothing typed: by sortText, then label. */
export function order(items: CompletionItem[]): string[] {
  return [...items]
    .sort((a, b) => {
      const sa = a.sortText ?? String(a.label);
      const sb = b.sortText ?? String(b.label);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    })
    .map((i) => String(i.label));
}
