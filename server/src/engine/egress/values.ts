/**
 * String values the code spells out, for URLs, hosts and region options: literals, template strings and `+`
 * with a constant head, constants of the same module (through object literals too: `config.apiUrl`), constants
 * imported from another module (through a resolver the caller passes), and environment variables by name.
 * Anything else is unknown, with a word on what it is; nothing is guessed.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { Span } from '../types';
import type { ConstantValue } from './types';
import { FileScope, propertyName, spanOf, unwrap } from './scope';

export type Value = ConstantValue | { kind: 'unknown'; what: string; span: Span };

/** Reads an exported constant of another module: (import specifier, exported name, importing file). */
export type ImportedConstant = (specifier: string, name: string, fromFile: string) => ConstantValue | undefined;

const MAX_DEPTH = 12;

/** `process.env.X`, `process.env['X']`, `import.meta.env.X`: the variable's name. */
export function envName(e: ts.Expression): string | undefined {
  const n = unwrap(e);
  let target: ts.Expression;
  let name: string;
  if (ts.isPropertyAccessExpression(n)) {
    target = n.expression;
    name = n.name.text;
  } else if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression)) {
    target = n.expression;
    name = n.argumentExpression.text;
  } else return undefined;
  const t = unwrap(target);
  if (!ts.isPropertyAccessExpression(t) || t.name.text !== 'env') return undefined;
  const root = t.expression;
  if (ts.isIdentifier(root) && root.text === 'process') return name;
  if (ts.isMetaProperty(root) && root.keywordToken === ts.SyntaxKind.ImportKeyword && root.name.text === 'meta') return name;
  return undefined;
}

export class Values {
  constructor(
    private readonly scope: FileScope,
    private readonly fileName: string,
    private readonly imported?: ImportedConstant,
  ) {}

  private readonly known = new Map<ts.Node, Value>();

  /** The string an expression stands for, as far as the code says (the same node is read once per file). */
  evaluate(expr: ts.Expression, depth = 0): Value {
    const e = unwrap(expr);
    let v = this.known.get(e);
    if (!v) {
      v = this.read(e, depth);
      // What the depth cut short is not what the node is: only complete answers are kept.
      if (depth === 0 || v.kind !== 'unknown') this.known.set(e, v);
    }
    return v;
  }

  private read(e: ts.Expression, depth: number): Value {
    const span = spanOf(e, this.scope.sf);
    if (depth > MAX_DEPTH) return { kind: 'unknown', what: 'a value defined too far away', span };
    if (ts.isStringLiteralLike(e)) return { kind: 'string', text: e.text, complete: true, span, from: 'literal' };
    if (ts.isTemplateExpression(e)) {
      return this.concat([e.head.text, ...e.templateSpans.flatMap((s) => [s.expression, s.literal.text])], span, depth, 'template');
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.concat(plusParts(e), span, depth, 'template');
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      // process.env.URL ?? 'https://default': the environment decides.
      return this.evaluate(e.left, depth + 1);
    }
    const env = envName(e);
    if (env) return { kind: 'env', name: env, span };
    if (ts.isIdentifier(e)) return this.identifier(e, span, depth);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
      const value = key === undefined ? undefined : this.property(e.expression, key, depth);
      if (value) return this.evaluate(value, depth + 1);
      return { kind: 'unknown', what: `${e.getText(this.scope.sf)} (a property of an object the code does not spell out)`, span };
    }
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.length) {
      const [input, base] = e.arguments;
      const first = this.evaluate(input, depth + 1);
      if (!base || (first.kind === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(first.text))) return first;
      const b = this.evaluate(base, depth + 1);
      if (b.kind !== 'string' || first.kind !== 'string') return b.kind === 'string' ? first : b;
      return { ...b, text: joinUrl(b.text, first.text), complete: b.complete && first.complete, span };
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments.length === 1) return this.evaluate(e.arguments[0], depth + 1);
    return { kind: 'unknown', what: describe(e, this.scope.sf), span };
  }

  private concat(parts: (string | ts.Expression)[], span: Span, depth: number, from: 'template'): Value {
    let text = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        text += p;
        continue;
      }
      const v = this.evaluate(p, depth + 1);
      if (v.kind === 'string' && v.complete) {
        text += v.text;
        continue;
      }
      // Only the head is known; an unknown part at the very start leaves nothing known but what it is.
      if (text === '' && v.kind !== 'string') return v;
      return { kind: 'string', text: v.kind === 'string' ? text + v.text : text, complete: false, span, from };
    }
    return { kind: 'string', text, complete: true, span, from };
  }

  private identifier(id: ts.Identifier, span: Span, depth: number): Value {
    const d = this.scope.lookup(id.text, id);
    if (!d) return { kind: 'unknown', what: `${id.text} (not declared in this file)`, span };
    if (d.kind === 'import') {
      const found = this.imported?.(d.module!.specifier, d.module!.path[0] ?? 'default', this.fileName);
      if (found) return found.kind === 'string' ? { ...found, span, from: 'imported' } : { ...found, span };
      return { kind: 'unknown', what: `${id.text} (imported from ${d.module!.specifier})`, span };
    }
    if (d.kind === 'param') return { kind: 'unknown', what: `the parameter ${id.text}`, span };
    if (d.kind === 'var' && this.scope.isConstant(d)) {
      const source = d.from?.expr ? this.path(d.from.expr, d.from.path, depth) : d.init;
      if (source) {
        const v = this.evaluate(source, depth + 1);
        return v.kind === 'string' ? { ...v, span, from: v.from === 'imported' ? 'imported' : 'constant' } : v;
      }
    }
    return { kind: 'unknown', what: `the variable ${id.text}`, span };
  }

  /** The expression at a property path inside an object literal the code spells out. */
  private path(expr: ts.Expression, path: readonly string[], depth: number): ts.Expression | undefined {
    let cur: ts.Expression | undefined = expr;
    for (const key of path) {
      if (!cur) return undefined;
      cur = this.property(cur, key, depth);
    }
    return cur;
  }

  /** `obj.key` where obj is (or is a constant holding) an object literal. */
  property(obj: ts.Expression, key: string, depth = 0): ts.Expression | undefined {
    for (const lit of this.objectLiterals(obj, depth)) {
      const found = literalProperty(lit, key);
      if (found) return found;
    }
    return undefined;
  }

  /** The object literals an expression stands for: itself, a constant's initializer, a nested object's. */
  objectLiterals(expr: ts.Expression, depth = 0): ts.ObjectLiteralExpression[] {
    if (depth > MAX_DEPTH) return [];
    const e = unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) return [e];
    if (ts.isIdentifier(e)) {
      const d = this.scope.lookup(e.text, e);
      if (!d || d.kind !== 'var' || !this.scope.isConstant(d)) return [];
      const source = d.from?.expr ? this.path(d.from.expr, d.from.path, depth + 1) : d.init;
      return source ? this.objectLiterals(source, depth + 1) : [];
    }
    if (ts.isPropertyAccessExpression(e)) {
      const inner = this.property(e.expression, e.name.text, depth + 1);
      return inner ? this.objectLiterals(inner, depth + 1) : [];
    }
    return [];
  }

  /** An option by dotted name ("profile.httpProfile.endpoint") in option objects, first found wins. */
  option(objects: readonly ts.Expression[], dotted: string): ts.Expression | undefined {
    for (const o of objects) {
      const found = this.path(o, dotted.split('.'), 0);
      if (found) return found;
    }
    return undefined;
  }
}

/** A property of an object literal, by name (also shorthand `{ region }`); the last one written wins, as at run time. */
export function literalProperty(lit: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (let i = lit.properties.length - 1; i >= 0; i--) {
    const p = lit.properties[i];
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/** The operands of a chain of `+`, left to right (iteratively: generated code concatenates thousands of strings). */
function plusParts(e: ts.Expression): (string | ts.Expression)[] {
  const parts: ts.Expression[] = [];
  const stack: ts.Expression[] = [e];
  while (stack.length) {
    const n = unwrap(stack.pop()!);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) stack.push(n.right, n.left);
    else parts.push(n);
  }
  return parts;
}

/**
 * A relative URL against a base, far enough to tell the host: the base's origin stays (a prefixUrl and a baseURL
 * both keep it), and the path is kept only roughly.
 */
export function joinUrl(base: string, rel: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rel)) return rel;
  if (rel.startsWith('//')) return (/^([a-z][a-z0-9+.-]*:)/i.exec(base)?.[1] ?? 'https:') + rel;
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/i.exec(base)?.[1];
  if (!origin) return base + rel;
  const path = base.slice(origin.length).replace(/\/$/, '');
  return `${origin}${rel.startsWith('/') ? '' : path}/${rel.replace(/^\//, '')}`;
}

function describe(e: ts.Expression, sf: ts.SourceFile): string {
  const text = e.getText(sf);
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  if (ts.isCallExpression(e)) return `${short} (the result of a call)`;
  if (ts.isObjectLiteralExpression(e)) return 'a configuration object';
  return short;
}

/** What a module exports under a name, when it is a string the module spells out (for an ImportedConstant resolver). */
export function exportedConstant(sf: ts.SourceFile, name: string, imported?: ImportedConstant): ConstantValue | undefined {
  let local: string | undefined;
  for (const stmt of sf.statements) {
    const exported = ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isVariableStatement(stmt)) {
      if (stmt.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) local = name;
    } else if (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) if (el.name.text === name) local = (el.propertyName ?? el.name).text;
    } else if (ts.isExportAssignment(stmt) && !stmt.isExportEquals && name === 'default') {
      const values = new Values(new FileScope(sf), sf.fileName, imported);
      const v = values.evaluate(stmt.expression);
      return v.kind === 'unknown' ? undefined : v;
    }
  }
  if (!local) return undefined;
  const scope = new FileScope(sf);
  const decl = sf.statements.find(ts.isVariableStatement)
    ? scope.lookup(local, sf.statements[sf.statements.length - 1] ?? sf)
    : undefined;
  if (!decl || decl.kind !== 'var') return undefined;
  const v = new Values(scope, sf.fileName, imported).evaluate(decl.nameNode);
  return v.kind === 'unknown' ? undefined : v;
}
