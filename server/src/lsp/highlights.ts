/** Document highlights: the other places of the id under the cursor in the same file (a definition as written). */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { refersTo } from '../engine/index';
import type { Navigation } from './navigation';

export async function highlightsAt(nav: Navigation, uri: string, position: Position): Promise<DocumentHighlight[] | null> {
  const c = await nav.at(uri, position);
  if (!c) return null;
  return c.places.filter((p) => refersTo(c.at.kind, c.at.id, p)).map((p) => ({ range: p.range, kind: p.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
