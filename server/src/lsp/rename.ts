/**
 * Rename (F2): prepareRename says what will be renamed or why it cannot be; rename answers one workspace edit
 * over the policy file and every tag using the id, open or closed.
 */
import { ErrorCodes, ResponseError, type Position, type PrepareRenameResult, type WorkspaceEdit } from 'vscode-languageserver';
import { canRename, planRename, type TextChange } from '../engine/index';
import type { Lang } from './locale';
import type { Navigation } from './navigation';
import { pathToUri } from './uris';

export async function prepareRenameAt(nav: Navigation, uri: string, position: Position, lang: Lang): Promise<PrepareRenameResult | ResponseError | null> {
  const c = await nav.at(uri, position);
  if (!c) return null;
  const allowed = canRename(c.at, c.names);
  if (!allowed.ok) return new ResponseError(ErrorCodes.InvalidRequest, allowed.message[lang]);
  return { range: { start: c.doc.positionAt(c.at.span.start), end: c.doc.positionAt(c.at.span.end) }, placeholder: c.at.id };
}

export async function renameAt(nav: Navigation, uri: string, position: Position, newName: string, lang: Lang): Promise<WorkspaceEdit | ResponseError | null> {
  const c = await nav.at(uri, position);
  if (!c) return null;
  await nav.current();
  const plan = planRename(nav.index, c.at, newName.trim(), c.names, c.scope);
  if (!plan.ok) return new ResponseError(ErrorCodes.InvalidRequest, plan.message[lang]);
  return { changes: byUri(plan.changes) };
}

function byUri(changes: TextChange[]): WorkspaceEdit['changes'] {
  const out: NonNullable<WorkspaceEdit['changes']> = {};
  for (const ch of changes) (out[pathToUri(ch.file)] ??= []).push({ range: ch.range, newText: ch.newText });
  return out;
}
