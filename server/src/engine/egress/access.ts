/**
 * Access paths (EGRESS.md): what a callee expression is, read from the module or global it starts from. A binding
 * from `import`/`require` (default, named, namespace, destructured), a client made from it (a factory call, `new`,
 * `axios.create({ baseURL })`) held in a variable, a module constant or a class field, and the member names from
 * there to the called function, calls and `new` left out. A call is outbound when its path ends with an operation
 * of a catalogue entry of that module or global.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { Catalogue } from './catalogue';
import type { CatalogueEntry, FactorySpec, OperationSpec } from './types';
import { unwrap, type CallLike, type Decl, type FileScope } from './scope';

/** Where a handle starts: an imported module (with its catalogue entries) or a runtime global. */
export type Origin =
  | { kind: 'package'; specifier: string; entries: readonly CatalogueEntry[] }
  | { kind: 'global'; root: string; entries: readonly { global: string; entry: CatalogueEntry }[] };

/** What an expression is, as far as egress cares: a module or global, a path in it, and the calls on the way. */
export interface Handle {
  origin: Origin;
  path: string[];
  /** Calls and `new`s the path went through, outermost first: a client's factories (their options configure it). */
  factories: CallLike[];
  /** The variable or field holding the client, when one does (calls on it share a URL, as XMLHttpRequest's open and send). */
  holder?: ts.Node;
}

/** An outbound call: its handle and the operation it matched. */
export interface Matched {
  call: CallLike;
  handle: Handle;
  entry: CatalogueEntry;
  op: OperationSpec;
  /** The global it starts from (for globals). */
  global?: string;
}

/** Receivers that stand for the global scope: window.fetch is fetch. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
const MAX_DEPTH = 24;
/**
 * Steps (expressions looked at) one question may take. Minified bundles reassign short names thousands of times:
 * following every value of every variable on the way was exponential (a 1 MB yarn plugin took minutes). Real
 * client chains take a few dozen steps.
 */
const MAX_STEPS = 2_000;

const splitPaths = new WeakMap<{ call: string }, string[]>();

/** An operation's path as names ("" is no name: the module or client itself). */
function pathOfSpec(spec: { call: string }): string[] {
  let path = splitPaths.get(spec);
  if (!path) splitPaths.set(spec, (path = spec.call === '' ? [] : spec.call.split('.')));
  return path;
}

export class AccessPaths {
  private readonly visiting = new Set<ts.Node>();
  private readonly fieldHandles = new Map<string, Handle | null>();
  /** What each variable holds, once known (null: no client). */
  private readonly heldHandles = new Map<ts.Node, Handle | null>();
  /** Steps taken by the question under way. */
  private steps = 0;
  /** The question under way met a variable already being followed (an answer reached so may be incomplete). */
  private cycle = false;

  constructor(private readonly scope: FileScope, private readonly catalogue: Catalogue) {}

  /** The handle of an expression, or undefined when it does not lead to a catalogued module or global. */
  handleOf(expr: ts.Expression, depth = 0): Handle | undefined {
    // depth 0 is a new question; deeper ones are its steps.
    if (depth === 0) this.steps = 0;
    if (depth > MAX_DEPTH || ++this.steps > MAX_STEPS) return undefined;
    const e = unwrap(expr);
    if (ts.isIdentifier(e)) return this.identifier(e, depth);
    if (ts.isPropertyAccessExpression(e) || (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))) {
      const name = ts.isPropertyAccessExpression(e) ? e.name.text : (e.argumentExpression as ts.StringLiteralLike).text;
      const target = unwrap(e.expression);
      if (target.kind === ts.SyntaxKind.ThisKeyword) return this.thisField(e, name, depth);
      if (ts.isIdentifier(target) && GLOBAL_OBJECTS.has(target.text) && !this.scope.lookup(target.text, target)) return this.global(name);
      const h = this.handleOf(target, depth + 1);
      return h && { ...h, path: [...h.path, name] };
    }
    if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
      const module = this.required(e);
      if (module) return module;
      const h = this.handleOf(e.expression, depth + 1);
      return h && { ...h, factories: [...h.factories, e], holder: undefined };
    }
    if (ts.isConditionalExpression(e)) return this.handleOf(e.whenTrue, depth + 1) ?? this.handleOf(e.whenFalse, depth + 1);
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      return this.handleOf(e.left, depth + 1) ?? this.handleOf(e.right, depth + 1);
    }
    return undefined;
  }

  private global(root: string): Handle | undefined {
    const entries = this.catalogue.globalsFor(root);
    return entries ? { origin: { kind: 'global', root, entries }, path: [root], factories: [] } : undefined;
  }

  /** `require('x')` and `import('x')`. */
  private required(e: CallLike): Handle | undefined {
    if (!ts.isCallExpression(e)) return undefined;
    const arg = e.arguments[0];
    if (!arg || !ts.isStringLiteralLike(arg)) return undefined;
    const isRequire = ts.isIdentifier(e.expression) && e.expression.text === 'require' && !this.scope.lookup('require', e);
    if (!isRequire && e.expression.kind !== ts.SyntaxKind.ImportKeyword) return undefined;
    const entries = this.catalogue.entriesFor(arg.text);
    return entries ? { origin: { kind: 'package', specifier: arg.text, entries }, path: [], factories: [] } : undefined;
  }

  private identifier(id: ts.Identifier, depth: number): Handle | undefined {
    const d = this.scope.lookup(id.text, id);
    if (!d) return this.global(id.text);
    if (d.kind === 'import') return d.module!.typeOnly ? undefined : this.imported(d);
    if (d.kind === 'param') return d.type && this.typed(d.type, d.nameNode);
    if (d.kind !== 'var') return undefined;
    return this.held(d, depth) ?? (d.type && this.typed(d.type, d.nameNode));
  }

  private imported(d: Decl): Handle | undefined {
    const entries = this.catalogue.entriesFor(d.module!.specifier);
    return entries ? { origin: { kind: 'package', specifier: d.module!.specifier, entries }, path: [...d.module!.path], factories: [] } : undefined;
  }

  /**
   * A client known by its declared type: `constructor(private readonly ses: SESClient)`, `stripe: Stripe` (injected,
   * so its options are not in this file). The type names the class, imported (also with `import type`) from the module.
   */
  private typed(type: ts.TypeNode, holder: ts.Node): Handle | undefined {
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const parts: string[] = [];
    let name: ts.EntityName = type.typeName;
    for (; ts.isQualifiedName(name); name = name.left) parts.unshift(name.right.text);
    const d = this.scope.lookup(name.text, type);
    const h = d?.kind === 'import' ? this.imported(d) : undefined;
    return h && { ...h, path: [...h.path, ...parts], holder };
  }

  /** The client a variable holds: its initializer, what it was destructured from, or a value assigned to it. */
  private held(d: Decl, depth: number): Handle | undefined {
    const known = this.heldHandles.get(d.nameNode);
    if (known !== undefined) return known ?? undefined;
    if (this.visiting.has(d.nameNode)) {
      this.cycle = true;
      return undefined;
    }
    this.visiting.add(d.nameNode);
    const outer = this.cycle;
    this.cycle = false;
    try {
      let h: Handle | undefined;
      if (d.from?.expr) {
        const base = this.handleOf(d.from.expr, depth + 1);
        h = base && { ...base, path: [...base.path, ...d.from.path] };
      } else if (d.init) h = this.handleOf(d.init, depth + 1);
      if (!h) for (const v of this.scope.assignments(d.name)) if ((h = this.handleOf(v, depth + 1))) break;
      const result = h && { ...h, holder: h.holder ?? d.nameNode };
      // Kept unless a cycle cut the search short (from elsewhere it may go further); a question out of steps gives up
      // on the variable for good.
      if (!this.cycle || this.steps > MAX_STEPS) this.heldHandles.set(d.nameNode, result ?? null);
      return result;
    } finally {
      this.cycle ||= outer;
      this.visiting.delete(d.nameNode);
    }
  }

  /** `this.stripe_` where the class sets `this.stripe_ = new Stripe(key)` or declares `stripe_ = new Stripe(key)`. */
  private thisField(at: ts.Node, name: string, depth: number): Handle | undefined {
    const field = this.scope.fieldAt(at, name);
    if (!field) return undefined;
    const key = field.decl ?? field.values[0];
    if (!key) return undefined;
    const cacheKey = `${key.pos}:${name}`;
    const cached = this.fieldHandles.get(cacheKey);
    if (cached !== undefined) return cached ?? undefined;
    if (this.visiting.has(key)) return undefined;
    this.visiting.add(key);
    let h: Handle | undefined;
    for (const v of field.values) if ((h = this.handleOf(v, depth + 1))) break;
    if (!h && field.decl?.type) h = this.typed(field.decl.type, key);
    this.visiting.delete(key);
    const held = h && { ...h, holder: h.holder ?? key };
    this.fieldHandles.set(cacheKey, held ?? null);
    return held;
  }

  /** The operation a call matches: the longest catalogue path its own path ends with. */
  match(call: CallLike): Matched | undefined {
    const found = this.best(call, (e) => e.operations);
    return found && { call, handle: found.handle, entry: found.entry, op: found.spec, global: found.global };
  }

  /** The factory of `entry` a call on a client's way is (its URL argument says where the client connects). */
  factory(call: CallLike, entry: CatalogueEntry): FactorySpec | undefined {
    return this.best(call, (e) => (e === entry ? e.factories ?? [] : []))?.spec;
  }

  private best<S extends { call: string }>(call: CallLike, specs: (e: CatalogueEntry) => readonly S[]): { handle: Handle; entry: CatalogueEntry; spec: S; global?: string } | undefined {
    const h = this.handleOf(call.expression);
    if (!h) return undefined;
    const callee = unwrap(call.expression);
    const direct = !ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee);
    let best: { handle: Handle; entry: CatalogueEntry; spec: S; global?: string } | undefined;
    let bestLength = -1;
    const consider = (entry: CatalogueEntry, global?: string) => {
      for (const spec of specs(entry)) {
        const path = pathOfSpec(spec);
        if (spec.call === '' ? !direct : !endsWith(h.path, path)) continue;
        if (path.length > bestLength) {
          best = { handle: h, entry, spec, global };
          bestLength = path.length;
        }
      }
    };
    if (h.origin.kind === 'package') for (const e of h.origin.entries) consider(e);
    else for (const g of h.origin.entries) if (startsWith(h.path, g.global.split('.'))) consider(g.entry, g.global);
    return best;
  }
}

function endsWith(path: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > path.length) return false;
  const off = path.length - tail.length;
  return tail.every((t, i) => path[off + i] === t);
}

function startsWith(path: readonly string[], head: readonly string[]): boolean {
  return head.length <= path.length && head.every((h, i) => path[i] === h);
}
