/**
 * What one file declares, imports and exports, read from its syntax tree (no type checker):
 * enough to follow a type name across files, through aliases, re-exports and `export *`.
 *
 * The index keeps no syntax tree: a file's type declarations are copied into small plain objects (names, name
 * offsets, the shape of each member's type) and its @personalData categories by offset, so that a long run or
 * session can keep many files indexed for a fraction of what their trees would cost (a tree is about 100 KB).
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import { extractTags, parseSource } from '../extract/extractTags';
import { StatementMemo } from '../extract/statementMemo';

/** A property (or constructor parameter property) of a type: its name, where the name is, and its type. */
export interface Member {
  name: string;
  start: number;
  end: number;
  type?: TypeShape;
}

/**
 * The shape of a type annotation, reduced to what carries data: references to named types (with their type
 * arguments), lists of types (arrays, unions, intersections, tuples, parentheses, `keyof`, `...rest`) and
 * inline object types.
 */
export type TypeShape =
  /** `module`: a JSDoc `import('./x').Name`, looked up among that module's exports rather than in scope. */
  | { k: 'ref'; parts: string[]; args: (TypeShape | undefined)[]; keys?: Set<string>; module?: string }
  /** `narrow`: a Pick/Omit around it applies to the items (not for tuples). */
  | { k: 'list'; narrow: boolean; items: TypeShape[] }
  | { k: 'obj'; members: Member[] };

export interface TypeDecl {
  kind: 'interface' | 'alias' | 'class' | 'enum';
  /** Offset of the declaration (identifies it). */
  pos: number;
  /** The declared name, undefined for `export default class {}`. */
  name?: string;
  start: number;
  end: number;
  /** A type alias's type. */
  type?: TypeShape;
  /** Properties of an interface or class. */
  members: Member[];
  /** A class's constructor parameter properties (`constructor(private phone: string)`). */
  params: Member[];
  /** `extends` / `implements`. */
  heritage: { parts: string[]; args: (TypeShape | undefined)[] }[];
}

export interface ImportBinding {
  module: string;
  /** The exported name it refers to: a name, 'default', or '*' for a namespace import. */
  name: string;
}

export interface FileIndex {
  file: string;
  text: string;
  /** Type-like declarations by name (interfaces merge, so several). */
  types: Map<string, TypeDecl[]>;
  imports: Map<string, ImportBinding>;
  /** exported name -> local name (declared or imported here). */
  localExports: Map<string, string>;
  /** exported name -> binding in another module (`export { A as B } from './x'`). */
  reExports: Map<string, ImportBinding>;
  /** `export * from './x'` */
  starExports: string[];
  /** @personalData categories by the start offset of the declaration name they document. */
  tagsAt: Map<number, string[]>;
  /** Start offsets of declaration names whose @personalData says subject=minor (the categories tagged there are a minor's). */
  minorsAt: Set<number>;
}

type TSTypeDecl = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration | ts.EnumDeclaration;

function isTypeDecl(node: ts.Node): node is TSTypeDecl {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ?? false;
}

export function entityParts(name: ts.EntityName | ts.Expression): string[] | undefined {
  if (ts.isIdentifier(name)) return [name.text];
  if (ts.isQualifiedName(name)) {
    const left = entityParts(name.left);
    return left ? [...left, name.right.text] : undefined;
  }
  if (ts.isPropertyAccessExpression(name)) {
    const left = entityParts(name.expression);
    return left ? [...left, name.name.text] : undefined;
  }
  return undefined;
}

function literalKeys(node: ts.TypeNode | undefined): Set<string> | undefined {
  if (!node) return undefined;
  const keys = new Set<string>();
  const add = (n: ts.TypeNode): boolean => {
    if (ts.isLiteralTypeNode(n) && (ts.isStringLiteral(n.literal) || ts.isNumericLiteral(n.literal))) {
      keys.add(n.literal.text);
      return true;
    }
    if (ts.isUnionTypeNode(n)) return n.types.every(add);
    if (ts.isParenthesizedTypeNode(n)) return add(n.type);
    return false;
  };
  return add(node) ? keys : undefined;
}

/** Copies a type annotation's shape out of the syntax tree (undefined when nothing in it can carry data). */
export function typeShape(node: ts.TypeNode | undefined, sf: ts.SourceFile): TypeShape | undefined {
  if (!node) return undefined;
  if (ts.isTypeReferenceNode(node)) {
    const parts = entityParts(node.typeName);
    if (!parts) return undefined;
    const typeArgs = node.typeArguments ?? [];
    const pickOrOmit = parts.length === 1 && (parts[0] === 'Pick' || parts[0] === 'Omit');
    if (pickOrOmit) {
      // Only the first argument is followed; the second names the keys.
      const shape: TypeShape = { k: 'ref', parts, args: [typeShape(typeArgs[0], sf)] };
      const keys = literalKeys(typeArgs[1]);
      if (keys) shape.keys = keys;
      return shape;
    }
    return { k: 'ref', parts, args: typeArgs.map((a) => typeShape(a, sf)) };
  }
  if (ts.isImportTypeNode(node)) {
    // JSDoc in JavaScript: import('./customer').Customer (typeof import(...) is a module's values, not a type).
    const arg = node.argument;
    if (node.isTypeOf || !ts.isLiteralTypeNode(arg) || !ts.isStringLiteral(arg.literal) || !node.qualifier) return undefined;
    const parts = entityParts(node.qualifier);
    return parts ? { k: 'ref', parts, args: (node.typeArguments ?? []).map((a) => typeShape(a, sf)), module: arg.literal.text } : undefined;
  }
  // JSDoc modifiers: ?T, !T, T=, ...T carry what T carries.
  if (ts.isJSDocNullableType(node) || ts.isJSDocNonNullableType(node) || ts.isJSDocOptionalType(node) || ts.isJSDocVariadicType(node)) return list(true, [node.type], sf);
  if (ts.isArrayTypeNode(node)) return list(true, [node.elementType], sf);
  if (ts.isTupleTypeNode(node)) return list(false, node.elements.map((e) => (ts.isNamedTupleMember(e) ? e.type : e)), sf);
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return list(true, node.types, sf);
  if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node) || ts.isOptionalTypeNode(node) || ts.isRestTypeNode(node)) return list(true, [node.type], sf);
  if (ts.isTypeLiteralNode(node)) return { k: 'obj', members: members(node.members, sf) };
  return undefined;
}

function list(narrow: boolean, nodes: readonly ts.TypeNode[], sf: ts.SourceFile): TypeShape | undefined {
  const items: TypeShape[] = [];
  for (const n of nodes) {
    const shape = typeShape(n, sf);
    if (shape) items.push(shape);
  }
  if (items.length === 0) return undefined;
  // `T[]`, `(T)`, `readonly T` carry what T carries, narrowed the same way.
  if (items.length === 1 && narrow) return items[0];
  return { k: 'list', narrow, items };
}

function memberName(name: ts.PropertyName, sf: ts.SourceFile): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : name.getText(sf);
}

function members(nodes: ts.NodeArray<ts.TypeElement | ts.ClassElement>, sf: ts.SourceFile): Member[] {
  const out: Member[] = [];
  for (const m of nodes) {
    if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) || !m.name) continue;
    const member: Member = { name: memberName(m.name, sf), start: m.name.getStart(sf), end: m.name.end };
    const type = typeShape(m.type, sf);
    if (type) member.type = type;
    out.push(member);
  }
  return out;
}

function typeDecl(node: TSTypeDecl, sf: ts.SourceFile): TypeDecl {
  const decl: TypeDecl = {
    kind: ts.isInterfaceDeclaration(node) ? 'interface' : ts.isTypeAliasDeclaration(node) ? 'alias' : ts.isClassDeclaration(node) ? 'class' : 'enum',
    pos: node.pos,
    name: node.name?.text,
    start: node.name ? node.name.getStart(sf) : -1,
    end: node.name ? node.name.end : -1,
    members: [],
    params: [],
    heritage: [],
  };
  if (ts.isTypeAliasDeclaration(node)) {
    decl.type = typeShape(node.type, sf);
    return decl;
  }
  if (ts.isEnumDeclaration(node)) return decl;
  decl.members = members(node.members, sf);
  if (ts.isClassDeclaration(node)) {
    for (const ctor of node.members.filter(ts.isConstructorDeclaration)) {
      for (const p of ctor.parameters) {
        if (!ts.isIdentifier(p.name) || !(ts.canHaveModifiers(p) && ts.getModifiers(p)?.length)) continue;
        const param: Member = { name: p.name.text, start: p.name.getStart(sf), end: p.name.end };
        const type = typeShape(p.type, sf);
        if (type) param.type = type;
        decl.params.push(param);
      }
    }
  }
  for (const clause of node.heritageClauses ?? []) {
    for (const t of clause.types) {
      const parts = entityParts(t.expression);
      if (parts) decl.heritage.push({ parts, args: (t.typeArguments ?? []).map((a) => typeShape(a, sf)) });
    }
  }
  return decl;
}

/** An editor document's type declarations, not read again while their statement's text stays the same. */
const declared = new StatementMemo<{ base: number; decl: TypeDecl }>();

/** A declaration read at one offset, moved by `d` (its text unchanged). */
function moved(decl: TypeDecl, d: number): TypeDecl {
  if (d === 0) return decl;
  const member = (m: Member): Member => (m.type ? { ...m, start: m.start + d, end: m.end + d, type: shape(m.type) } : { ...m, start: m.start + d, end: m.end + d });
  const shape = (t: TypeShape): TypeShape =>
    t.k === 'obj' ? { k: 'obj', members: t.members.map(member) } : t.k === 'list' ? { ...t, items: t.items.map(shape) } : { ...t, args: t.args.map((a) => a && shape(a)) };
  const result: TypeDecl = {
    ...decl,
    pos: decl.pos + d,
    start: decl.start < 0 ? decl.start : decl.start + d,
    end: decl.end < 0 ? decl.end : decl.end + d,
    members: decl.members.map(member),
    params: decl.params.map(member),
    heritage: decl.heritage.map((h) => ({ parts: h.parts, args: h.args.map((a) => a && shape(a)) })),
  };
  if (decl.type) result.type = shape(decl.type);
  return result;
}

/** @personalData categories of a file by the start offset of the declaration name each documents, and which say subject=minor. */
function personalDataTags(text: string, file: string, sf: ts.SourceFile): Pick<FileIndex, 'tagsAt' | 'minorsAt'> {
  const tagsAt = new Map<number, string[]>();
  const minorsAt = new Set<number>();
  if (!text.includes('@')) return { tagsAt, minorsAt };
  for (const tag of extractTags(text, file, sf).tags) {
    if (tag.tag !== 'personalData') continue;
    const at = tag.declaration.nameSpan.start;
    const list = tagsAt.get(at) ?? [];
    list.push(...tag.subjects.map((s) => s.text));
    tagsAt.set(at, list);
    if (tag.params.some((p) => p.key === 'subject' && p.value === 'minor')) minorsAt.add(at);
  }
  return { tagsAt, minorsAt };
}

export function indexFile(file: string, text: string, sf: ts.SourceFile = parseSource(text, file)): FileIndex {
  const index: FileIndex = { file, text, types: new Map(), imports: new Map(), localExports: new Map(), reExports: new Map(), starExports: [], ...personalDataTags(text, file, sf) };
  const addType = (name: string, decl: TypeDecl) => {
    const list = index.types.get(name) ?? [];
    list.push(decl);
    index.types.set(name, list);
  };
  const memo = declared.version(sf, text);
  for (const stmt of sf.statements) {
    if (isTypeDecl(stmt)) {
      const name = stmt.name?.text ?? 'default';
      if (memo) {
        const found = memo(stmt, '', () => ({ base: stmt.pos, decl: typeDecl(stmt, sf) }));
        addType(name, moved(found.decl, stmt.pos - found.base));
      } else {
        addType(name, typeDecl(stmt, sf));
      }
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
      for (const inner of stmt.body.statements) if (isTypeDecl(inner) && inner.name) addType(`${stmt.name.getText(sf)}.${inner.name.text}`, typeDecl(inner, sf));
    }
  }
  return index;
}
