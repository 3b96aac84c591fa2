/**
 * What one file declares, imports and exports, read from its syntax tree (no type checker):
 * enough to follow a type name across files, through aliases, re-exports and `export *`.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import { parseSource } from '../extract/extractTags';

export type TypeDecl = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration | ts.EnumDeclaration;

export interface ImportBinding {
  module: string;
  /** The exported name it refers to: a name, 'default', or '*' for a namespace import. */
  name: string;
}

export interface FileIndex {
  file: string;
  text: string;
  sf: ts.SourceFile;
  /** Type-like declarations by name (interfaces merge, so several). */
  types: Map<string, TypeDecl[]>;
  imports: Map<string, ImportBinding>;
  /** exported name -> local name (declared or imported here). */
  localExports: Map<string, string>;
  /** exported name -> binding in another module (`export { A as B } from './x'`). */
  reExports: Map<string, ImportBinding>;
  /** `export * from './x'` */
  starExports: string[];
}

function isTypeDecl(node: ts.Node): node is TypeDecl {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ?? false;
}

export function indexFile(file: string, text: string, sf: ts.SourceFile = parseSource(text, file)): FileIndex {
  const index: FileIndex = { file, text, sf, types: new Map(), imports: new Map(), localExports: new Map(), reExports: new Map(), starExports: [] };
  const addType = (name: string, decl: TypeDecl) => {
    const list = index.types.get(name) ?? [];
    list.push(decl);
    index.types.set(name, list);
  };
  for (const stmt of sf.statements) {
    if (isTypeDecl(stmt)) {
      const name = stmt.name?.text ?? 'default';
      addType(name, stmt);
      if (hasModifier(stmt, ts.SyntaxKind.ExportKeyword)) {
        index.localExports.set(hasModifier(stmt, ts.SyntaxKind.DefaultKeyword) ? 'default' : name, name);
      }
    } else if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier) && stmt.importClause) {
      const module = stmt.moduleSpecifier.text;
      const clause = stmt.importClause;
      if (clause.name) index.imports.set(clause.name.text, { module, name: 'default' });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) index.imports.set(bindings.name.text, { module, name: '*' });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) index.imports.set(el.name.text, { module, name: (el.propertyName ?? el.name).text });
      }
    } else if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference) && ts.isStringLiteral(stmt.moduleReference.expression)) {
      index.imports.set(stmt.name.text, { module: stmt.moduleReference.expression.text, name: '*' });
    } else if (ts.isExportDeclaration(stmt)) {
      const module = stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : undefined;
      const clause = stmt.exportClause;
      if (!clause) {
        if (module) index.starExports.push(module);
      } else if (ts.isNamespaceExport(clause)) {
        if (module) index.reExports.set(clause.name.text, { module, name: '*' });
      } else {
        for (const el of clause.elements) {
          const exported = el.name.text;
          const local = (el.propertyName ?? el.name).text;
          if (module) index.reExports.set(exported, { module, name: local });
          else index.localExports.set(exported, local);
        }
      }
    } else if (ts.isExportAssignment(stmt) && !stmt.isExportEquals && ts.isIdentifier(stmt.expression)) {
      index.localExports.set('default', stmt.expression.text);
    } else if (ts.isModuleDeclaration(stmt) && stmt.body && ts.isModuleBlock(stmt.body)) {
      // `declare namespace X { interface Y {} }` is rare in application code; its members are reachable as X.Y.
      for (const inner of stmt.body.statements) if (isTypeDecl(inner) && inner.name) addType(`${stmt.name.getText(sf)}.${inner.name.text}`, inner);
    }
  }
  return index;
}
