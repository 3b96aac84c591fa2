/**
 * What personal data reaches an outbound call, with the evidence for each category, strongest first:
 * - catalogue: a parameter role of the operation (the `to` of an SMS API is contact.phone);
 * - tag: a value whose declaration, type or property carries @personalData (in this file, or across files through
 *   the cross-file index the caller passes);
 * - type / name: what the unannotated-data detector recognises in a name or a declared type.
 * Values are followed within the file through local variables and assignments, destructuring, object literals,
 * spreads, property access, JSON.stringify and a few other transparent calls, template strings, and the enclosing
 * function's parameters (their names, types and tags). Literals and constants are nobody's personal data.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { Span } from '../types';
import type { Reached } from '../xref/reaching';
import { explainIdentifier, DETECTION_THRESHOLD } from '../detect/index';
import type { DataEvidence, EvidenceKind } from './types';
import { propertyName, spanOf as spanIn, unwrap, type Decl, type FileScope } from './scope';
import { envName, literalProperty, type Values } from './values';
import { categoryText } from './reasons';

/** Personal data reaching a value of a declared type: (the type, the value's name) -> what the cross-file index finds. */
export type TypeReach = (type: ts.TypeNode, via: string) => readonly Reached[];

const MAX_DEPTH = 16;
const RANK: Record<EvidenceKind, number> = { catalogue: 0, tag: 1, type: 2, name: 3 };
/** Calls whose result carries their arguments' data. */
const TRANSPARENT_CALLS = new Set(['JSON.stringify', 'String', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'Buffer.from', 'Object.assign', 'Object.entries', 'Object.values', 'Array.of', 'Array.from']);
/** Methods whose result carries their receiver's (and arguments') data. */
const TRANSPARENT_METHODS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'concat', 'join', 'replace', 'replaceAll', 'toJSON', 'valueOf', 'at', 'encode']);
/** Array methods whose result carries the receiver's elements, or what their callback returns from them. */
const COLLECTION_METHODS = new Set(['map', 'filter', 'flatMap', 'find', 'findLast', 'sort', 'reverse', 'toSorted', 'toReversed', 'flat']);
/** Constructors whose instance carries their arguments' data. */
const TRANSPARENT_NEW = new Set(['URLSearchParams', 'URL', 'Blob', 'FormData']);

function calleeName(e: ts.Expression): string | undefined {
  const n = unwrap(e);
  if (ts.isIdentifier(n)) return n.text;
  if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression)) return `${n.expression.text}.${n.name.text}`;
  return undefined;
}

/** SCREAMING_CASE names are constants (SUPPORT_EMAIL, Config.FROM_ADDRESS). */
function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) && name.length > 1;
}

export class DataFlow {
  private readonly typeCache = new Map<ts.TypeNode, readonly Reached[]>();
  private readonly visiting = new Set<ts.Node>();

  constructor(
    private readonly scope: FileScope,
    private readonly values: Values,
    /** @personalData categories by the start offset of the declaration name they document (this file). */
    private readonly tagsAt: ReadonlyMap<number, readonly string[]>,
    private readonly fileName: string,
    private readonly typeReach: TypeReach,
  ) {}

  /** Whether a value is a literal or a constant: nobody's personal data. */
  isConstant(expr: ts.Expression, depth = 0): boolean {
    const e = unwrap(expr);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword ||
      e.kind === ts.SyntaxKind.NullKeyword || ts.isRegularExpressionLiteral(e)) return true;
    if (envName(e)) return true;
    if (ts.isTemplateExpression(e)) return depth < MAX_DEPTH && e.templateSpans.every((s) => this.isConstant(s.expression, depth + 1));
    if (ts.isIdentifier(e)) {
      if (isConstantName(e.text) || e.text === 'undefined') return true;
      const d = this.scope.lookup(e.text, e);
      return !!d && d.kind === 'var' && d.constant && !!d.init && !d.from && depth < MAX_DEPTH && this.isConstant(d.init, depth + 1);
    }
    if (ts.isPropertyAccessExpression(e)) return isConstantName(e.name.text);
    return false;
  }

  /** Evidence for the data in an expression; `path` selects a property of its value (user + ["email"]). */
  flow(expr: ts.Expression, path: readonly string[] = [], depth = 0): DataEvidence[] {
    if (depth > MAX_DEPTH) return [];
    const e = unwrap(expr);
    if (this.isConstant(e)) return [];
    if (ts.isIdentifier(e)) return this.identifier(e, path, depth);
    if (ts.isPropertyAccessExpression(e) || (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : (e.argumentExpression as ts.StringLiteralLike).text;
      const nameNode = ts.isPropertyAccessExpression(e) ? e.name : e.argumentExpression;
      const target = unwrap(e.expression);
      const out = target.kind === ts.SyntaxKind.ThisKeyword ? this.field(e, key, path, depth) : this.flow(target, [key, ...path], depth + 1);
      if (path.length === 0) this.push(out, this.named(key, nameNode, ownerName(target), undefined, pathOf(e)));
      return out;
    }
    if (ts.isElementAccessExpression(e)) return this.flow(e.expression, path, depth + 1);
    if (ts.isObjectLiteralExpression(e)) return this.object(e, path, depth);
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((el) => this.flow(ts.isSpreadElement(el) ? el.expression : el, path, depth + 1));
    if (ts.isSpreadElement(e)) return this.flow(e.expression, path, depth + 1);
    if (ts.isTemplateExpression(e)) return e.templateSpans.flatMap((s) => this.flow(s.expression, [], depth + 1));
    if (ts.isConditionalExpression(e)) return [...this.flow(e.whenTrue, path, depth + 1), ...this.flow(e.whenFalse, path, depth + 1)];
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.EqualsToken) return this.flow(e.right, path, depth + 1);
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
        return [...this.flow(e.left, path, depth + 1), ...this.flow(e.right, path, depth + 1)];
      }
      return [];
    }
    if (ts.isCallExpression(e)) return this.call(e, path, depth);
    if (ts.isNewExpression(e)) {
      // new URLSearchParams({ email }), and command objects: new SendEmailCommand(input) carries its input.
      const name = calleeName(e.expression);
      const args = e.arguments ?? [];
      return name && TRANSPARENT_NEW.has(name) ? args.flatMap((a) => this.flow(a, [], depth + 1)) : args.flatMap((a) => this.flow(a, path, depth + 1));
    }
    return [];
  }

  /**
   * The catalogue's parameter roles: the values found at each property path of an argument, or the argument itself
   * when its shape cannot be seen (it carries the role by definition: an SMS goes to a phone number).
   */
  roles(arg: ts.Expression, personalData: Readonly<Record<string, string>>, operation: string): DataEvidence[] {
    const out: DataEvidence[] = [];
    for (const [path, category] of Object.entries(personalData)) {
      const c = categoryText(category);
      const label = path === '' ? 'argument' : `"${path}"`;
      for (const hit of this.select(arg, path === '' ? [] : path.split('.'), 0)) {
        if (!hit.opaque && this.isConstant(hit.expr)) continue;
        const reason = hit.opaque
          ? { en: `The ${label} of ${operation} is ${c.en} by definition (the argument is built elsewhere).`, zh: `${operation} 的${path === '' ? '参数' : ` ${label} `}按定义即为${c.zh}（参数在别处构造）。` }
          : { en: `The ${label} of ${operation} is ${c.en} by definition.`, zh: `${operation} 的${path === '' ? '参数' : ` ${label} `}按定义即为${c.zh}。` };
        const ev: DataEvidence = { category, kind: 'catalogue', span: this.span(hit.expr), reason };
        if (path) ev.path = path;
        out.push(ev);
      }
    }
    return out;
  }

  /** The values at a property path of an expression; `opaque` where the code does not show the shape. */
  private select(expr: ts.Expression, path: readonly string[], depth: number): { expr: ts.Expression; opaque?: boolean }[] {
    const e = unwrap(expr);
    if (depth > MAX_DEPTH) return [];
    // A role holds for each element of a list (ToAddresses: [a, b]).
    if (path.length === 0) return ts.isArrayLiteralExpression(e) ? e.elements.flatMap((el) => this.select(ts.isSpreadElement(el) ? el.expression : el, path, depth + 1)) : [{ expr: e }];
    if (ts.isObjectLiteralExpression(e)) {
      const [key, ...rest] = path;
      const out: { expr: ts.Expression; opaque?: boolean }[] = [];
      const value = literalProperty(e, key);
      if (value) out.push(...this.select(value, rest, depth + 1));
      for (const p of e.properties) if (ts.isSpreadAssignment(p)) out.push(...this.select(p.expression, path, depth + 1));
      return out;
    }
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((el) => this.select(ts.isSpreadElement(el) ? el.expression : el, path, depth + 1));
    if (ts.isConditionalExpression(e)) return [...this.select(e.whenTrue, path, depth + 1), ...this.select(e.whenFalse, path, depth + 1)];
    // A command object carries its input: new SendEmailCommand({ Destination: ... }).
    if (ts.isNewExpression(e) && e.arguments?.length) return this.select(e.arguments[0], path, depth + 1);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return [];
    if (ts.isIdentifier(e)) {
      const d = this.scope.lookup(e.text, e);
      const init = d?.kind === 'var' && !d.from ? d.init : undefined;
      if (init && !this.visiting.has(d!.nameNode)) {
        this.visiting.add(d!.nameNode);
        try {
          return this.select(init, path, depth + 1);
        } finally {
          this.visiting.delete(d!.nameNode);
        }
      }
    }
    const literals = this.values.objectLiterals(e);
    if (literals.length) return literals.flatMap((l) => this.select(l, path, depth + 1));
    return [{ expr: e, opaque: true }];
  }

  private call(e: ts.CallExpression, path: readonly string[], depth: number): DataEvidence[] {
    const name = calleeName(e.expression);
    if (name && TRANSPARENT_CALLS.has(name)) return e.arguments.flatMap((a) => this.flow(a, name === 'Object.assign' ? path : [], depth + 1));
    const callee = unwrap(e.expression);
    if (ts.isPropertyAccessExpression(callee) && TRANSPARENT_METHODS.has(callee.name.text)) {
      return [...this.flow(callee.expression, path, depth + 1), ...e.arguments.flatMap((a) => this.flow(a, [], depth + 1))];
    }
    // orders.filter(...).map((o) => o.shipTo): the elements, and what a callback returns of them.
    if (ts.isPropertyAccessExpression(callee) && COLLECTION_METHODS.has(callee.name.text)) {
      const out = this.flow(callee.expression, path, depth + 1);
      const fn = e.arguments[0] && unwrap(e.arguments[0]);
      if (fn && ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) out.push(...this.flow(fn.body, path, depth + 1));
      return out;
    }
    // A method of the same class building a request (this.prompt(candidate.resume)): its result is made from its
    // arguments. An unknown function's result is not (hash(email) is not the email).
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
      return e.arguments.flatMap((a) => this.flow(a, [], depth + 1));
    }
    return [];
  }

  private object(e: ts.ObjectLiteralExpression, path: readonly string[], depth: number): DataEvidence[] {
    const out: DataEvidence[] = [];
    if (path.length) {
      const [key, ...rest] = path;
      const value = literalProperty(e, key);
      if (value) out.push(...this.flow(value, rest, depth + 1));
      for (const p of e.properties) if (ts.isSpreadAssignment(p)) out.push(...this.flow(p.expression, path, depth + 1));
      return out;
    }
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        if (this.isConstant(p.initializer)) continue;
        out.push(...this.flow(p.initializer, [], depth + 1));
        const key = propertyName(p.name);
        if (key !== undefined) this.push(out, this.named(key, p.name, undefined, undefined, key));
      } else if (ts.isShorthandPropertyAssignment(p)) out.push(...this.flow(p.name, [], depth + 1));
      else if (ts.isSpreadAssignment(p)) out.push(...this.flow(p.expression, [], depth + 1));
    }
    return out;
  }

  private identifier(id: ts.Identifier, path: readonly string[], depth: number): DataEvidence[] {
    const d = this.scope.lookup(id.text, id);
    const out: DataEvidence[] = [];
    const full = [id.text, ...path].join('.');
    if (path.length === 0) this.push(out, this.named(id.text, id, undefined, d?.type?.getText(this.scope.sf), full));
    if (!d || this.visiting.has(d.nameNode)) return out;
    if (path.length === 0) out.push(...this.tagged(d.nameNode, id, full));
    // const { mobile: m } = customer: m is customer.mobile, and says so by the property it was read from.
    const key = d.from?.path[d.from.path.length - 1];
    if (path.length === 0 && key !== undefined && key !== id.text && !/^\d+$/.test(key)) {
      this.push(out, this.named(key, id, d.from?.expr && ownerName(d.from.expr), undefined, full));
    }
    this.visiting.add(d.nameNode);
    try {
      if (d.type) out.push(...this.typed(d.type, id.text, path, id), ...this.members(d.type, path, id));
      if (d.from?.type) out.push(...this.typed(d.from.type, '$', [...d.from.path, ...path], id, full));
      if (d.from?.expr) out.push(...this.flow(d.from.expr, [...d.from.path, ...path], depth + 1));
      if (d.kind === 'var') out.push(...this.assigned(d, path, depth));
    } finally {
      this.visiting.delete(d.nameNode);
    }
    return out;
  }

  private assigned(d: Decl, path: readonly string[], depth: number): DataEvidence[] {
    const out: DataEvidence[] = [];
    if (d.init && !d.from) out.push(...this.flow(d.init, path, depth + 1));
    if (!d.constant) for (const v of this.scope.assignments(d.name)) out.push(...this.flow(v, path, depth + 1));
    // form.append('email', user.email); params.set('phone', phone); list.push(customer)
    for (const call of path.length ? [] : this.scope.mutations(d.name)) {
      if (this.scope.lookup(d.name, call) !== d) continue;
      const [first, second] = call.arguments;
      const keyed = call.arguments.length >= 2 && ts.isStringLiteralLike(first);
      const values = keyed ? [second] : [...call.arguments];
      for (const v of values) {
        if (this.isConstant(v)) continue;
        out.push(...this.flow(v, [], depth + 1));
        if (keyed) this.push(out, this.named((first as ts.StringLiteralLike).text, first, undefined, undefined, (first as ts.StringLiteralLike).text));
      }
    }
    return out;
  }

  /** `this.name`: the field's tags, declared type, name and the values given to it. */
  private field(at: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string, path: readonly string[], depth: number): DataEvidence[] {
    const f = this.scope.fieldAt(at, name);
    const out: DataEvidence[] = [];
    if (!f) return out;
    const declName = f.decl?.name;
    if (f.decl && declName && ts.isIdentifier(declName) && !this.visiting.has(declName)) {
      if (path.length === 0) out.push(...this.tagged(declName, at, `this.${name}`));
      if (f.decl.type) out.push(...this.typed(f.decl.type, name, path, at));
      this.visiting.add(declName);
      for (const v of f.values) out.push(...this.flow(v, path, depth + 1));
      this.visiting.delete(declName);
    }
    return out;
  }

  /** Tags written on a declaration of this file. */
  private tagged(declName: ts.Node, at: ts.Node, path: string): DataEvidence[] {
    const categories = this.tagsAt.get(declName.getStart(this.scope.sf));
    if (!categories) return [];
    const as = declName.getText(this.scope.sf);
    const declared = { file: this.fileName, span: this.span(declName), as };
    return categories.map((category) => ({ category, kind: 'tag' as const, span: this.span(at), path, declared, reason: tagReason(path, as, category) }));
  }

  /** What the cross-file index finds reaching a typed value, narrowed to the property path read. */
  private typed(type: ts.TypeNode, root: string, path: readonly string[], at: ts.Node, shown?: string): DataEvidence[] {
    let reached = this.typeCache.get(type);
    if (!reached) this.typeCache.set(type, (reached = this.typeReach(type, root)));
    const target = [root, ...path].join('.');
    const out: DataEvidence[] = [];
    for (const r of reached) {
      // The value itself or a part of it; or inside a tagged part (address.city of a tagged Address), not the root's own tag.
      const via = r.via;
      const hit = via === target || via.startsWith(`${target}.`) || (path.length > 0 && via !== root && target.startsWith(`${via}.`));
      if (!hit) continue;
      const display = shown ?? target;
      out.push({ category: r.category, kind: 'tag', span: this.span(at), path: display, declared: { file: r.file, span: r.span, as: r.declaredAs }, reason: tagReason(display, r.declaredAs, r.category) });
    }
    return out;
  }

  /**
   * The property names of a type declared in this file (an interface, a type alias or literal), read by the detector:
   * `payload: ConversionPayload` carries what `buyerEmail` and `buyerPhone` name. Only for the value as a whole.
   */
  private members(type: ts.TypeNode, path: readonly string[], at: ts.Node): DataEvidence[] {
    if (path.length) return [];
    let t: ts.TypeNode = type;
    if (ts.isArrayTypeNode(t)) t = t.elementType;
    let members: ts.NodeArray<ts.TypeElement> | undefined;
    let owner: string | undefined;
    if (ts.isTypeLiteralNode(t)) members = t.members;
    else if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
      owner = t.typeName.text;
      for (const s of this.scope.sf.statements) {
        if (ts.isInterfaceDeclaration(s) && s.name.text === owner) members = s.members;
        else if (ts.isTypeAliasDeclaration(s) && s.name.text === owner && ts.isTypeLiteralNode(s.type)) members = s.type.members;
        if (members) break;
      }
    }
    const out: DataEvidence[] = [];
    for (const m of members ?? []) {
      const name = m.name && propertyName(m.name);
      if (name === undefined || !ts.isPropertySignature(m)) continue;
      const ev = this.named(name, at, owner, undefined, `${at.getText(this.scope.sf)}.${name}`);
      if (ev) out.push(ev);
    }
    return out;
  }

  /** What the detector reads in a name (and its declared type). */
  private named(name: string, node: ts.Node, owner: string | undefined, typeText: string | undefined, path: string | undefined): DataEvidence | undefined {
    if (isConstantName(name)) return undefined;
    const d = explainIdentifier(name, { ownerName: owner, typeText });
    if (!d || d.confidence < DETECTION_THRESHOLD) return undefined;
    const kind: EvidenceKind = d.evidence[0]?.source === 'type' ? 'type' : 'name';
    const ev: DataEvidence = { category: d.category, kind, span: this.span(node), confidence: d.confidence, reason: d.reason };
    if (path) ev.path = path;
    return ev;
  }

  private span(n: ts.Node): Span {
    return spanIn(n, this.scope.sf);
  }

  private push(out: DataEvidence[], ev: DataEvidence | undefined): void {
    if (ev) out.push(ev);
  }
}

/** The nearest name an expression reads through: user in user.email, customer in order.customer.phone. */
function ownerName(e: ts.Expression): string | undefined {
  const n = unwrap(e);
  if (ts.isIdentifier(n)) return n.text;
  if (ts.isPropertyAccessExpression(n)) return n.name.text;
  return undefined;
}

/** "order.customer.email" for a chain of names (undefined past a call or an index, or a chain too long to show). */
function pathOf(e: ts.Expression): string | undefined {
  const names: string[] = [];
  for (let n = unwrap(e); names.length <= MAX_DEPTH; n = unwrap(n.expression)) {
    if (ts.isIdentifier(n) || n.kind === ts.SyntaxKind.ThisKeyword) return [ts.isIdentifier(n) ? n.text : 'this', ...names.reverse()].join('.');
    if (!ts.isPropertyAccessExpression(n)) return undefined;
    names.push(n.name.text);
  }
  return undefined;
}

function tagReason(path: string, as: string, category: string): DataEvidence['reason'] {
  const c = categoryText(category);
  return path === as || path.endsWith(`.${as}`)
    ? { en: `${path} is tagged @personalData ${c.en}.`, zh: `${path} 已标注 @personalData ${c.zh}。` }
    : { en: `${path} carries ${as}, tagged @personalData ${c.en}.`, zh: `${path} 含 ${as}，已标注 @personalData ${c.zh}。` };
}

/** Evidence sorted strongest first (then in text order), without repeats of a category from one kind at one place. */
export function rankEvidence(all: readonly DataEvidence[]): DataEvidence[] {
  const seen = new Set<string>();
  const out: DataEvidence[] = [];
  for (const ev of [...all].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.span.start - b.span.start)) {
    const key = `${ev.category}\0${ev.kind}\0${ev.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ev);
  }
  return out;
}
