/**
 * Find All References: every tag in the workspace (open and closed files) and every policy entry writing the id
 * under the cursor; for a category, the patterns covering it too ("contact.*" for contact.phone).
 */
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { locationOf, type Navigation } from './navigation';

export async function referencesAt(nav: Navigation, params: ReferenceParams): Promise<Location[] | null> {
  const c = await nav.at(params.textDocument.uri, params.position);
  if (!c) return null;
  await nav.current();
  const places = nav.index.references(c.at.kind, c.at.id, c.scope);
  return places.filter((p) => params.context.includeDeclaration || !p.definition).map(locationOf);
}
