/**
 * One walk of a file's tree collecting what egress discovery looks up: declarations with the scope they are
 * visible in (imports, variables and destructured bindings, parameters, functions, classes), assignments,
 * class fields (also `this.x = ...` in the constructor), and every call and `new`. Names are resolved as the
 * language does, innermost scope first, without a type checker.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import { adopt } from '../extract/nodes';
import { isEditorTree } from '../extract/parse';

export interface Decl {
  name: string;
  nameNode: ts.Identifier;
  kind: 'import' | 'var' | 'param' | 'function' | 'class' | 'other';
  /** The node whose range the name is visible in. */
  scope: ts.Node;
  /**
   * An import: its module, and the path of its binding inside it ([] default, namespace or require; [name] named).
   * `typeOnly`: `import type`, which names a type (a client's class in an annotation) and no value.
   */
  module?: { specifier: string; path: string[]; typeOnly?: boolean };
  init?: ts.Expression;
  type?: ts.TypeNode;
  /** A destructured binding: what was destructured (an expression, or a parameter's type) and the path to it. */
  from?: { expr?: ts.Expression; type?: ts.TypeNode; root?: string; path: string[] };
  /** `const`, or a binding never assigned again. */
  constant: boolean;
}

/** A class field: its declaration and every value given to it (initializer, `this.x = ...`). */
export interface Field {
  decl?: ts.PropertyDeclaration | ts.ParameterDeclaration;
  values: ts.Expression[];
}

export type CallLike = ts.CallExpression | ts.NewExpression;

/**
 * Where a node is, without a walk up its parents to find its file (which costs the depth of the node, and
 * generated code nests thousands deep).
 */
export function spanOf(n: ts.Node, sf: ts.SourceFile): { start: number; end: number } {
  return { start: n.getStart(sf), end: n.end };
}

/** Strips what does not change a value: parentheses, `as`, `!`, `satisfies`, `<T>x`, `await`. */
export function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) ||
      ts.isTypeAssertionExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    else return e;
  }
}

/** The name of a property name that is written out (identifier, string, number). */
export function propertyName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function isFunctionScope(n: ts.Node): boolean {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n) || ts.isClassStaticBlockDeclaration(n);
}

function isBlockScope(n: ts.Node): boolean {
  return ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || ts.isCaseBlock(n) || ts.isForStatement(n) || ts.isForOfStatement(n) ||
    ts.isForInStatement(n) || ts.isCatchClause(n);
}

/** The scope a declaration made at `node` belongs to. */
function scopeOf(node: ts.Node, blockScoped: boolean): ts.Node {
  for (let p = node.parent; p; p = p.parent) {
    if (isFunctionScope(p) || ts.isSourceFile(p)) return p;
    if (blockScoped && isBlockScope(p)) return p;
  }
  return node.getSourceFile();
}

export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let p = node.parent; p; p = p.parent) if (ts.isClassLike(p)) return p;
  return undefined;
}

/** Methods that put a value into a FormData, URLSearchParams, Headers, Map, Set or array. */
const MUTATORS = new Set(['append', 'set', 'push', 'unshift', 'add']);

/** The kinds of types, interfaces and type aliases; read on first use (TypeScript is loaded when first needed). */
let typeKinds: { first: ts.SyntaxKind; last: ts.SyntaxKind; iface: ts.SyntaxKind; alias: ts.SyntaxKind } | undefined;

/**
 * What one top-level statement contributes to its file's scope. An editor document's next version is parsed
 * incrementally, which keeps the nodes of every top-level statement the edit did not touch (positions moved in
 * place): their contributions are taken again instead of walking them, so a keystroke walks one statement.
 */
interface Contribution {
  decls: Decl[];
  assigned: [string, ts.Expression][];
  mutated: [string, ts.CallExpression][];
  /** Class fields: a declaration (decl set) or a value given to it. */
  fields: { cls: ts.ClassLikeDeclaration; name: string; decl?: Field['decl']; value?: ts.Expression }[];
  calls: CallLike[];
}

const contributions = new WeakMap<ts.Node, Contribution>();

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class FileScope {
  private readonly decls = new Map<string, Decl[]>();
  private readonly assigned = new Map<string, ts.Expression[]>();
  private readonly mutated = new Map<string, ts.CallExpression[]>();
  private readonly fields = new Map<ts.ClassLikeDeclaration, Map<string, Field>>();
  readonly calls: CallLike[] = [];
  /** The contribution being collected by the walk under way. */
  private out!: Contribution;

  constructor(readonly sf: ts.SourceFile) {
    // Kept only for editor documents: a one-off parse (the CLI, closed files) would hold it for nothing.
    const keep = isEditorTree(sf);
    for (const statement of sf.statements) {
      adopt(statement, sf);
      let c = keep ? contributions.get(statement) : undefined;
      if (!c) {
        c = this.walk(statement);
        if (keep) contributions.set(statement, c);
      }
      this.take(c);
    }
    this.calls.sort((a, b) => a.pos - b.pos);
  }

  /**
   * One iterative walk of a statement (generated code nests deeper than the stack allows), children pushed straight
   * onto the stack, so in no particular order; types are skipped: they declare nothing and call nothing.
   */
  private walk(statement: ts.Statement): Contribution {
    this.out = { decls: [], assigned: [], mutated: [], fields: [], calls: [] };
    const stack: ts.Node[] = [statement];
    let parent: ts.Node = statement;
    const { first, last, iface, alias } = (typeKinds ??= {
      first: ts.SyntaxKind.FirstTypeNode,
      last: ts.SyntaxKind.LastTypeNode,
      iface: ts.SyntaxKind.InterfaceDeclaration,
      alias: ts.SyntaxKind.TypeAliasDeclaration,
    });
    const push = (child: ts.Node): void => {
      adopt(child, parent);
      const k = child.kind;
      if ((k < first || k > last) && k !== iface && k !== alias) stack.push(child);
    };
    while (stack.length) {
      const node = stack.pop()!;
      this.visit(node);
      parent = node;
      ts.forEachChild(node, push);
    }
    return this.out;
  }

  /** A statement's contribution into the file's maps; a declaration scoped to an earlier version's file, to this one. */
  private take(c: Contribution): void {
    for (const d of c.decls) addTo(this.decls, d.name, d.scope !== this.sf && d.scope.kind === ts.SyntaxKind.SourceFile ? { ...d, scope: this.sf } : d);
    for (const [name, value] of c.assigned) addTo(this.assigned, name, value);
    for (const [name, call] of c.mutated) addTo(this.mutated, name, call);
    for (const f of c.fields) {
      let byName = this.fields.get(f.cls);
      if (!byName) this.fields.set(f.cls, (byName = new Map()));
      let field = byName.get(f.name);
      if (!field) byName.set(f.name, (field = { values: [] }));
      if (f.decl) field.decl = f.decl;
      if (f.value) field.values.push(f.value);
    }
    for (const call of c.calls) this.calls.push(call);
  }

  private add(d: Decl): void {
    this.out.decls.push(d);
  }

  private visit(node: ts.Node): void {
    switch (node.kind) {
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression:
        this.out.calls.push(node as CallLike);
        if (ts.isCallExpression(node)) this.mutation(node);
        return;
      case ts.SyntaxKind.ImportDeclaration:
        return this.importDecl(node as ts.ImportDeclaration);
      case ts.SyntaxKind.ImportEqualsDeclaration: {
        const n = node as ts.ImportEqualsDeclaration;
        if (ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) {
          this.add({ name: n.name.text, nameNode: n.name, kind: 'import', scope: this.sf, module: { specifier: n.moduleReference.expression.text, path: [] }, constant: true });
        }
        return;
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const n = node as ts.VariableDeclaration;
        // `declare const aplus_queue: ...` describes the runtime global; it does not shadow it.
        if (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Ambient) return;
        const list = n.parent;
        const blockScoped = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) !== 0;
        const constant = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
        const scope = scopeOf(n, blockScoped);
        if (ts.isIdentifier(n.name)) this.add({ name: n.name.text, nameNode: n.name, kind: 'var', scope, init: n.initializer, type: n.type, constant });
        else if (n.initializer) this.pattern(n.name, scope, { expr: n.initializer, path: [] }, 'var', constant);
        return;
      }
      case ts.SyntaxKind.Parameter: {
        const n = node as ts.ParameterDeclaration;
        const scope = n.parent;
        if (ts.isIdentifier(n.name)) {
          this.add({ name: n.name.text, nameNode: n.name, kind: 'param', scope, type: n.type, init: n.initializer, constant: false });
          // Parameter properties: constructor(private readonly stripe: Stripe).
          if (ts.isConstructorDeclaration(scope) && ts.canHaveModifiers(n) && ts.getModifiers(n)?.length) {
            const cls = enclosingClass(scope);
            if (cls) this.out.fields.push({ cls, name: n.name.text, decl: n });
          }
        } else this.pattern(n.name, scope, { type: n.type, path: [] }, 'param', false);
        return;
      }
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.ClassDeclaration: {
        const n = node as ts.FunctionDeclaration | ts.ClassDeclaration;
        if (n.name && !(ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Ambient)) this.add({ name: n.name.text, nameNode: n.name, kind: ts.isClassDeclaration(n) ? 'class' : 'function', scope: scopeOf(n, true), constant: true });
        return;
      }
      case ts.SyntaxKind.PropertyDeclaration: {
        const n = node as ts.PropertyDeclaration;
        const name = propertyName(n.name);
        if (name !== undefined && ts.isClassLike(n.parent)) this.out.fields.push({ cls: n.parent, name, decl: n, value: n.initializer });
        return;
      }
      case ts.SyntaxKind.BinaryExpression:
        return this.assignment(node as ts.BinaryExpression);
    }
  }

  private importDecl(n: ts.ImportDeclaration): void {
    const clause = n.importClause;
    if (!clause || !ts.isStringLiteral(n.moduleSpecifier)) return;
    const specifier = n.moduleSpecifier.text;
    const module = (path: string[], typeOnly: boolean) => (typeOnly ? { specifier, path, typeOnly } : { specifier, path });
    if (clause.name) this.add({ name: clause.name.text, nameNode: clause.name, kind: 'import', scope: this.sf, module: module([], clause.isTypeOnly), constant: true });
    const b = clause.namedBindings;
    if (b && ts.isNamespaceImport(b)) this.add({ name: b.name.text, nameNode: b.name, kind: 'import', scope: this.sf, module: module([], clause.isTypeOnly), constant: true });
    if (b && ts.isNamedImports(b)) {
      for (const el of b.elements) {
        const imported = (el.propertyName ?? el.name).text;
        // `import { default as x }` is the default export.
        this.add({ name: el.name.text, nameNode: el.name, kind: 'import', scope: this.sf, module: module(imported === 'default' ? [] : [imported], clause.isTypeOnly || el.isTypeOnly), constant: true });
      }
    }
  }

  private pattern(p: ts.BindingPattern, scope: ts.Node, from: NonNullable<Decl['from']>, kind: 'var' | 'param', constant: boolean): void {
    p.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      const key = ts.isObjectBindingPattern(p) ? propertyName(el.propertyName ?? el.name) : String(i);
      if (key === undefined || el.dotDotDotToken) return;
      const sub = { ...from, path: [...from.path, key] };
      if (ts.isIdentifier(el.name)) this.add({ name: el.name.text, nameNode: el.name, kind, scope, from: sub, init: el.initializer, constant });
      else this.pattern(el.name, scope, sub, kind, constant);
    });
  }

  /** `form.append('email', v)`, `params.set(k, v)`, `list.push(v)`: values put into a variable's object. */
  private mutation(call: ts.CallExpression): void {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || !MUTATORS.has(callee.name.text) || call.arguments.length === 0) return;
    this.out.mutated.push([callee.expression.text, call]);
  }

  private assignment(n: ts.BinaryExpression): void {
    if (n.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const left = n.left;
    if (ts.isIdentifier(left)) this.out.assigned.push([left.text, n.right]);
    else if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(n);
      if (cls) this.out.fields.push({ cls, name: left.name.text, value: n.right });
    }
  }

  /** The declaration a name refers to at a node: the innermost scope holding the node, the last declaration before it. */
  lookup(name: string, at: ts.Node): Decl | undefined {
    const list = this.decls.get(name);
    if (!list) return undefined;
    let best: Decl | undefined;
    for (const d of list) {
      const s = d.scope;
      if (!(s.pos <= at.pos && at.end <= s.end)) continue;
      if (!best || s.pos > best.scope.pos) best = d;
      else if (s === best.scope) {
        // Declared twice in one scope (var, overloads): the last one before the use, else the first.
        const before = d.nameNode.pos <= at.pos;
        const bestBefore = best.nameNode.pos <= at.pos;
        if (before ? !bestBefore || d.nameNode.pos > best.nameNode.pos : !bestBefore && d.nameNode.pos < best.nameNode.pos) best = d;
      }
    }
    return best;
  }

  /** Calls that put values into what a name holds (`name.append(k, v)`, `name.push(v)`), wherever in the file. */
  mutations(name: string): readonly ts.CallExpression[] {
    return this.mutated.get(name) ?? [];
  }

  /** Values assigned to a name after its declaration (`x = ...`), wherever in the file. */
  assignments(name: string): readonly ts.Expression[] {
    return this.assigned.get(name) ?? [];
  }

  /** Whether a declaration's value can be trusted to be its initializer: const, or never assigned again. */
  isConstant(d: Decl): boolean {
    return d.constant || !this.assigned.has(d.name);
  }

  /** A field of the class around a node (`this.name`). */
  fieldAt(at: ts.Node, name: string): Field | undefined {
    const cls = enclosingClass(at);
    return cls ? this.fields.get(cls)?.get(name) : undefined;
  }
}
