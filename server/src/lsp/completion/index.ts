/**
 * Completion inside JSDoc blocks: the tag names, categories, destinations, keys and values of
 * `@personalData` and `@crossBorder`; in a policy file, the values its schema cannot know (policy.ts).
 *
 * Pure: works on the document text alone (no VS Code, no TypeScript parse). Finding the context
 * costs O(line length + distance back to the enclosing comment's opener).
 */
import type { CompletionItem } from 'vscode-languageserver';
import { isSpace, isTagName } from '../../engine/index';
import { tagLineAt } from './context';
import { Ctx, type CompletionInput } from './request';
import { tagNameItems } from './tagNames';
import { bodyItems } from './body';
import { policyItems } from './policy';

export type { Lang } from '../locale';
export { TRIGGER_SUGGEST, type CompletionInput } from './request';
export { COMMON_DURATIONS } from './retention';
export { enclosingJSDocOpener } from './context';

export function completionsAt(input: CompletionInput): CompletionItem[] {
  const { text, offset } = input;
  if (offset < 0 || offset > text.length) return [];
  if (input.policyFile) return policyItems(new Ctx(input));
  const line = tagLineAt(text, offset);
  if (!line) return [];

  const ctx = new Ctx(input);
  if (offset <= line.nameEnd) return tagNameItems(ctx, line.at + 1, line.nameEnd, line.lineEnd);

  const name = text.slice(line.at + 1, line.nameEnd);
  if (!isTagName(name)) return [];
  if (!isSpace(text.charCodeAt(line.nameEnd))) return [];
  return bodyItems(ctx, name, line.at, line.lineEnd);
}
