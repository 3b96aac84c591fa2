/** Completion of the keys of key=value pairs. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { type KeyInfo, keysFor, type TagName } from '../../engine/index';
import { L, TRIGGER_SUGGEST, type Ctx } from './request';

/** What the vocabulary says about `key` on `tag`, if it is one of its keys. */
export function keyInfo(tag: TagName, key: string): KeyInfo | undefined {
  return keysFor(tag).find((k) => k.key === key);
}

/** The keys of `tag` not yet used on the line; `withEquals` inserts "key=" and re-opens the suggestions. */
export function keyItems(ctx: Ctx, tag: TagName, range: Range, used: Set<string>, withEquals: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  keysFor(tag).forEach((k, i) => {
    if (used.has(k.key)) return;
    const label = `${k.key}=`;
    items.push({
      label,
      kind: CompletionItemKind.Property,
      detail: ctx.t(k.label),
      documentation: ctx.md(keyDoc(ctx, k)),
      filterText: label,
      sortText: `0${i}`,
      textEdit: { range, newText: withEquals ? label : k.key },
      ...(withEquals ? { command: TRIGGER_SUGGEST } : {}),
    });
  });
  return items;
}

function keyDoc(ctx: Ctx, k: KeyInfo): string {
  const lines = [`\`${k.key}=\` — ${ctx.both(k.label)}`];
  if (k.values) lines.push(k.values.map((v) => `- \`${v.id}\`: ${ctx.t(v.label)}`).join('\n'));
  if (k.duration) lines.push(ctx.t(L('Examples: 30d, 8w, 6m, 3y.', '示例：30d、8w、6m、3y。')));
  if (k.categoryList) lines.push(ctx.t(L('Comma-separated category ids, e.g. `identity.name,contact.phone`.', '以逗号分隔的类别标识，例如 `identity.name,contact.phone`。')));
  return lines.join('\n\n');
}
