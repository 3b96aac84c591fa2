/** The types (interfaces, classes, type aliases) holding @personalData tags, as an editor's code lenses show them. */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import { walkNodes } from '../extract/nodes';
import type { DocumentAnalysis } from './document';

export interface TaggedType {
  /** The type declaration's first token (its decorators or modifiers included). */
  start: number;
  /** Tagged declarations inside it, itself included. */
  fields: number;
  /** Those of them holding sensitive personal information. */
  sensitive: number;
}

export function taggedTypes(analysis: DocumentAnalysis): TaggedType[] {
  const { tree: sf } = analysis;
  const tags = analysis.tags.filter((t) => t.tag === 'personalData');
  if (tags.length === 0 || !sf) return [];
  const types: TaggedType[] = [];
  walkNodes(sf, (node) => {
    if (!((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name)) return;
    const from = node.name.getStart(sf);
    const inside = tags.filter((t) => t.declaration.nameSpan.start >= from && t.declaration.nameSpan.end <= node.end);
    if (inside.length === 0) return;
    const fields = new Set<number>();
    const sensitive = new Set<number>();
    for (const t of inside) {
      const r = analysis.resolved.get(t);
      fields.add(t.declaration.nameSpan.start);
      if (r?.kind === 'personalData' && r.r.sensitive.length) sensitive.add(t.declaration.nameSpan.start);
    }
    types.push({ start: node.getStart(sf), fields: fields.size, sensitive: sensitive.size });
  });
  return types;
}
