/** The policy file's outline (purposes, custom categories, destinations with their recipients, exceptions). */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isPolicyFileName, policyOutline, type OutlineEntry, type OutlineKind } from '../engine/index';
import type { Lang } from './locale';
import { uriToPath } from './uris';

const KINDS: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  purpose: SymbolKind.Event,
  category: SymbolKind.EnumMember,
  destination: SymbolKind.Module,
  recipient: SymbolKind.Field,
  exception: SymbolKind.Key,
};

export function documentSymbols(doc: TextDocument, lang: Lang): DocumentSymbol[] {
  const file = uriToPath(doc.uri);
  if (!file || !isPolicyFileName(file)) return [];
  const symbol = (e: OutlineEntry): DocumentSymbol => ({
    name: e.name || '""',
    kind: KINDS[e.kind],
    ...(e.detail ? { detail: e.detail } : {}),
    range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) },
    selectionRange: { start: doc.positionAt(e.selection.start), end: doc.positionAt(e.selection.end) },
    children: e.children.map(symbol),
  });
  return policyOutline(doc.getText(), lang).map(symbol);
}
