/**
 * Which personal data reaches a function through its parameters: follows each parameter's type through
 * interfaces, classes, type aliases, enums, `extends`/`implements`, nested properties, arrays, Promise<>,
 * Partial/Pick/Omit/Readonly/Required<>, unions and intersections, across files via imports, path aliases,
 * re-exports and `export *`. Recursive and cyclic types terminate; what cannot be resolved is skipped.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { ParsedTag, Span } from '../types';
import { nodesAt } from '../extract/nodes';
import { indexFile, typeShape, type FileIndex, type Member, type TypeDecl, type TypeShape } from './fileIndex';
import { ModuleResolver } from './moduleResolver';
import type { Host } from '../host';
import { MAX_FILE_BYTES } from '../workspace/walk';

/** One category reaching a parameter, and where it was declared. */
export interface Reached {
  category: string;
  file: string;
  span: Span;
  /** The path from the parameter, e.g. "order.customer.mobile". */
  via: string;
  /** The declaration that carries the tag, e.g. "Customer.mobile" or "Customer". */
  declaredAs: string;
  /**
   * A minor's data: its tag says subject=minor. Only that tag's categories: a tag without it inside a child's record
   * (a guardian's phone) is not assumed to be a minor's.
   */
  minor?: boolean;
}

export interface ParameterReach {
  name: string;
  nameSpan: Span;
  reached: Reached[];
}

/** Type arguments of these carry their data through unchanged. */
const WRAPPERS = new Set(['Array', 'ReadonlyArray', 'Promise', 'PromiseLike', 'Awaited', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Record', 'Readonly', 'Partial', 'Required', 'NonNullable', 'Iterable', 'AsyncIterable', 'Observable']);
const MAX_DEPTH = 64;
/**
 * Files whose indexes are kept; the least recently used is dropped past this. An index holds the file's text and
 * its type declarations' shapes, not its syntax tree: about 10 KB for a typical file. Reached types cluster in
 * model files: on the generated 50,000-file workspace (1,150 files reached) 500 re-reads 3% of them, 1,000 none.
 */
const MAX_INDEXED = 500;

interface Narrow {
  pick?: Set<string>;
  omit?: Set<string>;
}

export type Indexed = FileIndex;

/**
 * Files indexed for cross-file resolution, each once per text. Shared by every check of a run or session.
 *
 * The file being checked is indexed too (its parameters' types are looked up in it first), but kept aside, in one
 * slot, rather than in the cache: most files with @crossBorder are reached by no other file. It joins the cache
 * when a type is followed into it.
 */
export class Project {
  readonly resolver: ModuleResolver;
  private readonly cache = new Map<string, Indexed>();
  /** The index of the file checked last, unless it is in the cache. */
  private current: Indexed | undefined;
  /** Files some check followed a type into (their changes can change other files' findings). */
  private readonly reached = new Set<string>();

  private readonly maxIndexed: number;

  /** `maxIndexed`: how many files' indexes are kept at most (the least recently used go first). */
  constructor(readonly host: Host, options: { maxIndexed?: number } = {}) {
    this.resolver = new ModuleResolver(host);
    this.maxIndexed = Math.max(1, options.maxIndexed ?? MAX_INDEXED);
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
      if (this.current?.file === file) {
        const current = this.current;
        // A type was followed into the checked file: others depend on it now, keep it.
        if (this.reached.has(file)) this.keep(current);
        return current;
      }
      const read = this.host.readFile(file, MAX_FILE_BYTES);
      if (!('text' in read)) return undefined;
      text = read.text;
    } else if (cached && cached.text === text) {
      return cached;
    }
    const fresh = indexFile(file, text, sf);
    this.keep(fresh);
    return fresh;
  }

  /**
   * The index of the file being checked, from its text and tree: the cached one if it is cached (refreshed
   * if its text changed), otherwise one kept only until another file is checked.
   */
  checked(file: string, text: string, sf: ts.SourceFile): Indexed {
    const cached = this.cache.get(file);
    if (cached) return this.index(file, text, sf)!;
    if (this.current?.file === file && this.current.text === text) return this.current;
    if (this.reached.has(file)) return this.index(file, text, sf)!;
    this.current = indexFile(file, text, sf);
    return this.current;
  }

  private keep(idx: Indexed): void {
    if (this.current?.file === idx.file) this.current = undefined;
    this.cache.set(idx.file, idx);
    if (this.cache.size > this.maxIndexed) this.cache.delete(this.cache.keys().next().value!);
  }

  /** A file changed or disappeared; true if a check had followed a type into it (something depends on it). */
  forget(file: string): boolean {
    this.cache.delete(file);
    if (this.current?.file === file) this.current = undefined;
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

  /** How many files are indexed (for tests and measurements). */
  get size(): number {
    return this.cache.size + (this.current ? 1 : 0);
  }
}

class Walker {
  readonly reached: Reached[] = [];
  private readonly visited = new Set<string>();

  constructor(private readonly project: Project) {}

  /** Categories tagged on a declaration name (the type itself, a member, a parameter); subject=minor marks them a minor's. */
  tagged(idx: Indexed, start: number, end: number, via: string, declaredAs: string): void {
    const categories = idx.tagsAt.get(start);
    if (!categories) return;
    const minor = idx.minorsAt.has(start) ? { minor: true } : {};
    for (const category of categories) this.reached.push({ category, file: idx.file, span: { start, end }, via, declaredAs, ...minor });
  }

  type(idx: Indexed, shape: TypeShape | undefined, via: string, depth: number, narrow?: Narrow): void {
    if (!shape || depth > MAX_DEPTH) return;
    if (shape.k === 'ref') {
      const { parts, args } = shape;
      const simple = parts.length === 1 && !shape.module ? parts[0] : undefined;
      if (simple === 'Pick' || simple === 'Omit') {
        const keys = shape.keys;
        const n: Narrow = simple === 'Pick' ? { pick: keys } : { omit: keys };
        this.type(idx, args[0], via, depth + 1, keys ? n : undefined);
        return;
      }
      if (simple && WRAPPERS.has(simple) && !idx.types.has(simple) && !idx.imports.has(simple)) {
        for (const a of args) this.type(idx, a, via, depth + 1, simple === 'Partial' || simple === 'Readonly' || simple === 'Required' ? narrow : undefined);
        return;
      }
      const found = shape.module ? this.imported(idx, shape.module, parts) : this.lookup(idx, parts, new Set());
      for (const f of found) this.decl(f.idx, f.decl, via, depth + 1, narrow);
      // Generic arguments of user types may carry data too (e.g. Page<Customer>).
      for (const a of args) this.type(idx, a, via, depth + 1);
      return;
    }
    if (shape.k === 'list') {
      for (const item of shape.items) this.type(idx, item, via, depth + 1, shape.narrow ? narrow : undefined);
      return;
    }
    this.members(idx, shape.members, via, '{…}', depth + 1, narrow);
  }

  private members(idx: Indexed, members: Member[], via: string, owner: string, depth: number, narrow?: Narrow): void {
    for (const m of members) {
      if (narrow?.pick && !narrow.pick.has(m.name)) continue;
      if (narrow?.omit?.has(m.name)) continue;
      const memberVia = `${via}.${m.name}`;
      this.tagged(idx, m.start, m.end, memberVia, `${owner}.${m.name}`);
      this.type(idx, m.type, memberVia, depth + 1);
    }
  }

  decl(idx: Indexed, decl: TypeDecl, via: string, depth: number, narrow?: Narrow): void {
    const key = `${idx.file}:${decl.pos}:${narrow?.pick ? [...narrow.pick].join('|') : ''}:${narrow?.omit ? [...narrow.omit].join('|') : ''}`;
    if (this.visited.has(key) || depth > MAX_DEPTH) return;
    this.visited.add(key);
    const name = decl.name ?? 'default';
    this.tagged(idx, decl.start, decl.end, via, name);
    if (decl.kind === 'alias') return this.type(idx, decl.type, via, depth + 1, narrow);
    if (decl.kind === 'enum') return;
    this.members(idx, decl.members, via, name, depth + 1, narrow);
    // Constructor parameter properties: `constructor(private phone: string)`.
    this.members(idx, decl.params, via, name, depth, narrow);
    for (const h of decl.heritage) {
      for (const found of this.lookup(idx, h.parts, new Set())) this.decl(found.idx, found.decl, via, depth + 1, narrow);
      for (const a of h.args) this.type(idx, a, via, depth + 1);
    }
  }

  /** `import('./customer').Customer` in a JSDoc type: the module's export, then any qualified rest. */
  private imported(from: Indexed, specifier: string, parts: string[]): { idx: Indexed; decl: TypeDecl }[] {
    const target = this.module(from, specifier);
    if (!target || parts.length === 0) return [];
    const [head, ...rest] = parts;
    if (rest.length === 0) return this.exported(target, head, new Set());
    // import('./x').ns.Type: a namespace re-export or a declared namespace inside the module.
    const qualified = target.types.get(parts.join('.'));
    return qualified ? qualified.map((decl) => ({ idx: target, decl })) : [];
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

/** The function-like declaration a @crossBorder tag documents, and the JSDoc blocks of its owner (for @param types). */
function functionFor(sf: ts.SourceFile, tag: ParsedTag): { fn: ts.SignatureDeclaration; docs: ts.JSDoc[] } | undefined {
  // The JSDoc lies in its owner's leading trivia, so the owner is on the path down to the tag.
  for (const node of nodesAt(sf, tag.span.start)) {
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
    if (!docs?.some((d) => d.pos <= tag.span.start && tag.span.start < d.end)) continue;
    const fn = signatureOf(node);
    if (fn) return { fn, docs };
  }
  return undefined;
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

/**
 * A parameter's type: its annotation, else (in JavaScript, where types live in comments) the `@param {Type} name` of
 * the function's JSDoc, which TypeScript's parser reads into the tree. Looked up by name in the owner's JSDoc: the
 * tree has no parent pointers for ts.getJSDocType to follow.
 */
function parameterType(p: ts.ParameterDeclaration, docs: ts.JSDoc[]): ts.TypeNode | undefined {
  if (p.type || !ts.isIdentifier(p.name)) return p.type;
  const name = p.name.text;
  for (let i = docs.length - 1; i >= 0; i--) {
    for (const t of docs[i].tags ?? []) {
      if (ts.isJSDocParameterTag(t) && ts.isIdentifier(t.name) && t.name.text === name && t.typeExpression) return t.typeExpression.type;
    }
  }
  return undefined;
}

/** Personal data reaching each parameter of the function a @crossBorder tag documents. */
export function reachingData(project: Project, file: string, text: string, sf: ts.SourceFile, tag: ParsedTag): ParameterReach[] {
  const found = functionFor(sf, tag);
  if (!found) return [];
  const { fn, docs } = found;
  const idx = project.checked(file, text, sf);
  return fn.parameters.map((p) => {
    const walker = new Walker(project);
    const name = ts.isIdentifier(p.name) ? p.name.text : p.name.getText(sf);
    const start = p.name.getStart(sf);
    walker.tagged(idx, start, p.name.end, name, name);
    walker.type(idx, typeShape(parameterType(p, docs), sf), name, 0);
    return { name, nameSpan: { start, end: p.name.end }, reached: walker.reached };
  });
}

/**
 * Personal data reaching a value of a declared type (a variable's, a field's, a destructured parameter's), as
 * reachingData finds it for a @crossBorder function's parameters: `via` is the value's name, the start of every path.
 */
export function reachingType(project: Project, file: string, text: string, sf: ts.SourceFile, type: ts.TypeNode, via: string): Reached[] {
  const walker = new Walker(project);
  walker.type(project.checked(file, text, sf), typeShape(type, sf), via, 0);
  return walker.reached;
}
