/**
 * Which personal data reaches a function through its parameters: follows each parameter's type through
 * interfaces, classes, type aliases, enums, `extends`/`implements`, nested properties, arrays, Promise<>,
 * Partial/Pick/Omit/Readonly/Required<>, unions and intersections, across files via imports, path aliases,
 * re-exports and `export *`. Recursive and cyclic types terminate; what cannot be resolved is skipped.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { ParsedTag, Span } from '../types';
import { extractTags } from '../extract/extractTags';
import { walkNodes } from '../extract/nodes';
import { indexFile, type FileIndex, type TypeDecl } from './fileIndex';
import { ModuleResolver, type FileSystem } from './moduleResolver';

/** One category reaching a parameter, and where it was declared. */
export interface Reached {
  category: string;
  file: string;
  span: Span;
  /** The path from the parameter, e.g. "order.customer.mobile". */
  via: string;
  /** The declaration that carries the tag, e.g. "Customer.mobile" or "Customer". */
  declaredAs: string;
}

export interface ParameterReach {
  name: string;
  nameSpan: Span;
  reached: Reached[];
}

/** Type arguments of these carry their data through unchanged. */
const WRAPPERS = new Set(['Array', 'ReadonlyArray', 'Promise', 'PromiseLike', 'Awaited', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Record', 'Readonly', 'Partial', 'Required', 'NonNullable', 'Iterable', 'AsyncIterable', 'Observable']);
const MAX_DEPTH = 64;
/** Files whose syntax trees are kept (a tree costs about 100 KB); the least recently used is dropped past this. */
const MAX_INDEXED = 1000;

interface Narrow {
  pick?: Set<string>;
  omit?: Set<string>;
}

interface Indexed extends FileIndex {
  /** @personalData categories by the start offset of the declaration name they document. */
  tagsAt?: Map<number, string[]>;
}

/** Files parsed for cross-file resolution, each once per text. Shared by every check of a run or session. */
export class Project {
  readonly resolver: ModuleResolver;
  private readonly cache = new Map<string, Indexed>();
  /** Files some check followed a type into (their changes can change other files' findings). */
  private readonly reached = new Set<string>();

  constructor(readonly fs: FileSystem) {
    this.resolver = new ModuleResolver(fs);
  }

  /**
   * The index of a file. With `text` (the file being checked, or an editor's text) it is re-read when the
   * text differs; without, a cached index is trusted until `forget` says the file changed.
   */
  index(file: string, text?: string, sf?: ts.SourceFile): Indexed | undefined {
    const cached = this.cache.get(file);
    if (cached) {
      // Least recently used first out: keep this one at the end.
      this.cache.delete(file);
      this.cache.set(file, cached);
    }
    if (text === undefined) {
      if (cached) return cached;
      text = this.fs.readFile(file);
      if (text === undefined) return undefined;
    } else if (cached && cached.text === text) {
      return cached;
    }
    const fresh = indexFile(file, text, sf) as Indexed;
    this.cache.set(file, fresh);
    if (this.cache.size > MAX_INDEXED) this.cache.delete(this.cache.keys().next().value!);
    return fresh;
  }

  /** A file changed or disappeared; true if a check had followed a type into it (something depends on it). */
  forget(file: string): boolean {
    this.cache.delete(file);
    return this.reached.delete(file);
  }

  /** Record that a type was followed into a file. */
  markReached(file: string): void {
    this.reached.add(file);
  }

  /** Files were created or deleted, or a tsconfig changed: module resolution may differ. */
  forgetResolution(): void {
    this.resolver.clear();
  }

  tagsAt(idx: Indexed): Map<number, string[]> {
    if (!idx.tagsAt) {
      idx.tagsAt = new Map();
      for (const tag of extractTags(idx.text, idx.file, idx.sf).tags) {
        if (tag.tag !== 'personalData') continue;
        const list = idx.tagsAt.get(tag.declaration.nameSpan.start) ?? [];
        list.push(...tag.subjects.map((s) => s.text));
        idx.tagsAt.set(tag.declaration.nameSpan.start, list);
      }
    }
    return idx.tagsAt;
  }
}

function nameStart(node: ts.Node & { name?: ts.Node }, sf: ts.SourceFile): number | undefined {
  return node.name ? node.name.getStart(sf) : undefined;
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

function entityParts(name: ts.EntityName | ts.Expression): string[] | undefined {
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

class Walker {
  readonly reached: Reached[] = [];
  private readonly visited = new Set<string>();

  constructor(private readonly project: Project) {}

  /** Categories tagged on a declaration name (the type itself, a member, a parameter). */
  tagged(idx: Indexed, node: ts.Node & { name?: ts.Node }, via: string, declaredAs: string): void {
    const start = nameStart(node, idx.sf);
    if (start === undefined) return;
    for (const category of this.project.tagsAt(idx).get(start) ?? []) {
      this.reached.push({ category, file: idx.file, span: { start, end: node.name!.end }, via, declaredAs });
    }
  }

  type(idx: Indexed, node: ts.TypeNode | undefined, via: string, depth: number, narrow?: Narrow): void {
    if (!node || depth > MAX_DEPTH) return;
    if (ts.isTypeReferenceNode(node)) {
      const parts = entityParts(node.typeName);
      if (!parts) return;
      const simple = parts.length === 1 ? parts[0] : undefined;
      const args = node.typeArguments ?? [];
      if (simple === 'Pick' || simple === 'Omit') {
        const keys = literalKeys(args[1]);
        const n: Narrow = simple === 'Pick' ? { pick: keys } : { omit: keys };
        this.type(idx, args[0], via, depth + 1, keys ? n : undefined);
        return;
      }
      if (simple && WRAPPERS.has(simple) && !idx.types.has(simple) && !idx.imports.has(simple)) {
        for (const a of args) this.type(idx, a, via, depth + 1, simple === 'Partial' || simple === 'Readonly' || simple === 'Required' ? narrow : undefined);
        return;
      }
      for (const found of this.lookup(idx, parts, new Set())) this.decl(found.idx, found.decl, via, depth + 1, narrow);
      // Generic arguments of user types may carry data too (e.g. Page<Customer>).
      for (const a of args) this.type(idx, a, via, depth + 1);
      return;
    }
    if (ts.isArrayTypeNode(node)) return this.type(idx, node.elementType, via, depth + 1, narrow);
    if (ts.isTupleTypeNode(node)) return node.elements.forEach((e) => this.type(idx, ts.isNamedTupleMember(e) ? e.type : e, via, depth + 1));
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return node.types.forEach((t) => this.type(idx, t, via, depth + 1, narrow));
    if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node) || ts.isOptionalTypeNode(node) || ts.isRestTypeNode(node)) return this.type(idx, node.type, via, depth + 1, narrow);
    if (ts.isTypeLiteralNode(node)) return this.members(idx, node.members, via, '{…}', depth + 1, narrow);
  }

  private members(idx: Indexed, members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, via: string, owner: string, depth: number, narrow?: Narrow): void {
    for (const m of members) {
      if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) || !m.name) continue;
      const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNumericLiteral(m.name) || ts.isPrivateIdentifier(m.name) ? m.name.text : m.name.getText(idx.sf);
      if (narrow?.pick && !narrow.pick.has(name)) continue;
      if (narrow?.omit?.has(name)) continue;
      const memberVia = `${via}.${name}`;
      this.tagged(idx, m, memberVia, `${owner}.${name}`);
      this.type(idx, m.type, memberVia, depth + 1);
    }
  }

  decl(idx: Indexed, decl: TypeDecl, via: string, depth: number, narrow?: Narrow): void {
    const key = `${idx.file}:${decl.pos}:${narrow?.pick ? [...narrow.pick].join('|') : ''}:${narrow?.omit ? [...narrow.omit].join('|') : ''}`;
    if (this.visited.has(key) || depth > MAX_DEPTH) return;
    this.visited.add(key);
    const name = decl.name?.text ?? 'default';
    this.tagged(idx, decl, via, name);
    if (ts.isTypeAliasDeclaration(decl)) return this.type(idx, decl.type, via, depth + 1, narrow);
    if (ts.isEnumDeclaration(decl)) return;
    this.members(idx, decl.members, via, name, depth + 1, narrow);
    if (ts.isClassDeclaration(decl)) {
      // Constructor parameter properties: `constructor(private phone: string)`.
      for (const ctor of decl.members.filter(ts.isConstructorDeclaration)) {
        for (const p of ctor.parameters) {
          if (!ts.isIdentifier(p.name) || !(ts.canHaveModifiers(p) && ts.getModifiers(p)?.length)) continue;
          if (narrow?.pick && !narrow.pick.has(p.name.text)) continue;
          if (narrow?.omit?.has(p.name.text)) continue;
          this.tagged(idx, p, `${via}.${p.name.text}`, `${name}.${p.name.text}`);
          this.type(idx, p.type, `${via}.${p.name.text}`, depth + 1);
        }
      }
    }
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) {
        const parts = entityParts(t.expression);
        if (!parts) continue;
        for (const found of this.lookup(idx, parts, new Set())) this.decl(found.idx, found.decl, via, depth + 1, narrow);
        for (const a of t.typeArguments ?? []) this.type(idx, a, via, depth + 1);
      }
    }
  }

  /** The declarations a (possibly qualified) type name refers to in a file. */
  lookup(idx: Indexed, parts: string[], seen: Set<string>): { idx: Indexed; decl: TypeDecl }[] {
    const [head, ...rest] = parts;
    if (rest.length === 0) {
      const local = idx.types.get(head);
      if (local) return local.map((decl) => ({ idx, decl }));
      const binding = idx.imports.get(head);
      if (binding && binding.name !== '*') {
        const target = this.module(idx, binding.module);
        return target ? this.exported(target, binding.name, seen) : [];
      }
      return [];
    }
    const qualified = idx.types.get(parts.join('.'));
    if (qualified) return qualified.map((decl) => ({ idx, decl }));
    const binding = idx.imports.get(head);
    if (binding?.name === '*' && rest.length === 1) {
      const target = this.module(idx, binding.module);
      return target ? this.exported(target, rest[0], seen) : [];
    }
    return [];
  }

  private module(from: Indexed, specifier: string): Indexed | undefined {
    const file = this.project.resolver.resolve(specifier, from.file);
    if (!file) return undefined;
    this.project.markReached(file);
    return this.project.index(file);
  }

  /** What a module exports under a name, following re-exports and `export *`. */
  private exported(idx: Indexed, name: string, seen: Set<string>): { idx: Indexed; decl: TypeDecl }[] {
    const key = `${idx.file}#${name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const local = idx.localExports.get(name);
    if (local !== undefined) return this.lookup(idx, [local], seen);
    const re = idx.reExports.get(name);
    if (re) {
      const target = this.module(idx, re.module);
      return target && re.name !== '*' ? this.exported(target, re.name, seen) : [];
    }
    if (name === 'default') return [];
    for (const star of idx.starExports) {
      const target = this.module(idx, star);
      const found = target ? this.exported(target, name, seen) : [];
      if (found.length) return found;
    }
    return [];
  }
}

/** The function-like declaration a @crossBorder tag documents. */
function functionFor(sf: ts.SourceFile, tag: ParsedTag): ts.SignatureDeclaration | undefined {
  let found: ts.SignatureDeclaration | undefined;
  walkNodes(sf, (node) => {
    if (found || tag.span.start < node.pos || tag.span.start > node.end) return false;
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
    if (docs?.some((d) => d.pos <= tag.span.start && tag.span.start < d.end)) {
      found = signatureOf(node);
      if (found) return false;
    }
    return true;
  });
  return found;
}

function signatureOf(node: ts.Node): ts.SignatureDeclaration | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isMethodSignature(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isConstructorDeclaration(node)) return node;
  if (ts.isVariableStatement(node)) return signatureOf(node.declarationList.declarations[0]);
  if ((ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) && node.initializer) {
    let init: ts.Expression = node.initializer;
    while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
    return ts.isArrowFunction(init) || ts.isFunctionExpression(init) ? init : undefined;
  }
  return undefined;
}

/** Personal data reaching each parameter of the function a @crossBorder tag documents. */
export function reachingData(project: Project, file: string, text: string, sf: ts.SourceFile, tag: ParsedTag): ParameterReach[] {
  const fn = functionFor(sf, tag);
  if (!fn) return [];
  const idx = project.index(file, text, sf);
  if (!idx) return [];
  return fn.parameters.map((p) => {
    const walker = new Walker(project);
    const name = ts.isIdentifier(p.name) ? p.name.text : p.name.getText(sf);
    walker.tagged(idx, p, name, name);
    walker.type(idx, p.type, name, 0);
    return { name, nameSpan: { start: p.name.getStart(sf), end: p.name.end }, reached: walker.reached };
  });
}
