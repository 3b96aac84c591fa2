/**
 * Go to Definition: from an id in a tag or the policy to where the policy defines it (a purpose's, destination's or
 * custom category's key, a destination's recipients item, an impactAssessment value). A built-in category is
 * defined by the law: it leads to the PIPL article panel (Art. 28 for sensitive kinds, Art. 4 otherwise) when
 * the client serves those documents (our VS Code client says so in its initialization options); other clients
 * get no location for it, as there is no file to show. An entry of crossBorder.hosts leads to the outbound calls it
 * settles.
 */
import type { Location, Position } from 'vscode-languageserver';
import { builtinCategoryArticle } from '../engine/index';
import { locationOf, type Navigation } from './navigation';

export async function definitionAt(nav: Navigation, uri: string, position: Position, articleScheme: string | undefined): Promise<Location[] | null> {
  const c = await nav.at(uri, position);
  if (!c) return null;
  const { kind, id } = c.at;
  if (kind === 'hostEntry' && c.at.definition) {
    const calls = nav.index.references(kind, id, c.scope).filter((p) => !p.definition);
    return calls.length ? calls.map(locationOf) : null;
  }
  let defs = nav.index.definitions(kind, id, c.scope);
  // A file no policy governs: whichever policy of the workspace defines it.
  if (defs.length === 0 && c.scope === undefined) defs = nav.index.definitions(kind, id);
  if (defs.length) return defs.map(locationOf);
  const article = kind === 'category' ? builtinCategoryArticle(id) : undefined;
  if (article && articleScheme) {
    const start = { line: 0, character: 0 };
    return [{ uri: `${articleScheme}:/PIPL-article-${article}.md`, range: { start, end: start } }];
  }
  return null;
}
