/** Workspace symbols: the ids of tags and policy entries whose text contains the query, policy definitions first. */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { ID_KIND_NAMES, type IdKind } from '../engine/index';
import type { Lang } from './locale';
import { locationOf, type Navigation } from './navigation';

/** Symbols answered at most: a broad query over a large workspace would otherwise list every tag. */
const LIMIT = 500;

const KINDS: Record<IdKind, SymbolKind> = {
  purpose: SymbolKind.Event,
  category: SymbolKind.EnumMember,
  destination: SymbolKind.Module,
  recipient: SymbolKind.Field,
  pia: SymbolKind.Constant,
  hostEntry: SymbolKind.Key,
};

export async function workspaceSymbols(nav: Navigation, query: string, lang: Lang): Promise<SymbolInformation[]> {
  await nav.current();
  return nav.index.search(query.trim(), LIMIT).map((p) => ({
    name: p.id,
    kind: KINDS[p.kind],
    location: locationOf(p),
    containerName: `${ID_KIND_NAMES[p.kind][lang]} · ${p.container}`,
  }));
}
