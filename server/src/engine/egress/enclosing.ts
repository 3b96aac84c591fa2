/**
 * The function or method an outbound call sits in, where a JSDoc block for it starts (or would be inserted),
 * and the functions of the same file that call it, directly or through others: a @crossBorder tag on any of
 * them covers the call.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { EnclosingFunction } from './types';
import { enclosingClass, propertyName, spanOf, unwrap, type FileScope } from './scope';

type FunctionNode = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ConstructorDeclaration | ts.AccessorDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function isFunctionNode(n: ts.Node): n is FunctionNode {
  return ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n);
}

/** A function as a tag sees it: its name, the node a JSDoc documents, and the name node callers use. */
interface Described {
  fn: FunctionNode;
  name?: string;
  /** The simple name a call uses (notify for Mailer.notify). */
  callName?: string;
  nameNode?: ts.Node;
  /** The node a JSDoc block documents (a variable statement for `const f = () => {}`). */
  documented?: ts.Node;
}

function describe(fn: FunctionNode): Described {
  const qualify = (n: string, owner: ts.Node = fn.parent) => (ts.isClassLike(owner) && owner.name ? `${owner.name.text}.${n}` : n);
  if (ts.isFunctionDeclaration(fn)) return { fn, name: fn.name?.text, callName: fn.name?.text, nameNode: fn.name, documented: fn };
  if (ts.isConstructorDeclaration(fn)) return { fn, name: qualify('constructor'), documented: fn };
  if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) {
    const n = propertyName(fn.name);
    return { fn, name: n && (ts.isObjectLiteralExpression(fn.parent) ? n : qualify(n)), callName: n, nameNode: fn.name, documented: fn };
  }
  // Arrow functions and function expressions are named by what holds them.
  let holder: ts.Node = fn;
  while (holder.parent && (ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent) || ts.isSatisfiesExpression(holder.parent))) holder = holder.parent;
  const p = holder.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) {
    const statement = ts.isVariableDeclarationList(p.parent) && ts.isVariableStatement(p.parent.parent) ? p.parent.parent : p;
    return { fn, name: p.name.text, callName: p.name.text, nameNode: p.name, documented: statement };
  }
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && propertyName(p.name) !== undefined) {
    const n = propertyName(p.name)!;
    return { fn, name: ts.isPropertyDeclaration(p) ? qualify(n, p.parent) : n, callName: n, nameNode: p.name, documented: p };
  }
  return { fn };
}

function lineIndent(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  const lead = text.slice(i, pos);
  return /^[ \t]*$/.test(lead) ? lead : (/^[ \t]*/.exec(lead)?.[0] ?? '');
}

function toEnclosing(d: Described, text: string, sf: ts.SourceFile): EnclosingFunction {
  const fn = d.fn;
  const kind: EnclosingFunction['kind'] = ts.isFunctionDeclaration(fn) ? 'function' : ts.isMethodDeclaration(fn) ? 'method' : ts.isConstructorDeclaration(fn) ? 'constructor'
    : ts.isArrowFunction(fn) ? 'arrow' : ts.isFunctionExpression(fn) ? 'functionExpression' : 'accessor';
  const target = d.documented ?? fn;
  const docStart = target.getStart(sf);
  const out: EnclosingFunction = { kind, span: spanOf(fn, sf), docStart, indent: lineIndent(text, docStart), taggable: !!d.documented };
  if (d.name) out.name = d.name;
  if (d.nameNode) out.nameSpan = spanOf(d.nameNode, sf);
  const docs = (target as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const last = docs?.[docs.length - 1];
  if (last) out.jsDoc = { start: last.pos, end: last.end };
  return out;
}

export class Enclosing {
  private readonly described = new Map<ts.Node, Described | null>();
  /** Calls by the simple name they call, made on first need. */
  private callSites: Map<string, { name: string; viaThis: boolean; call: ts.CallExpression }[]> | undefined;

  constructor(private readonly scope: FileScope, private readonly text: string) {}

  /** The nearest enclosing function a tag can document; the anonymous callback itself when none around it can. */
  private nearest(node: ts.Node): Described | undefined {
    let first: Described | undefined;
    for (let p = node.parent; p; p = p.parent) {
      if (!isFunctionNode(p)) continue;
      let d = this.described.get(p);
      if (d === undefined) this.described.set(p, (d = describe(p)));
      if (!d) continue;
      first ??= d;
      if (d.documented) return d;
    }
    return first;
  }

  of(node: ts.Node): EnclosingFunction | undefined {
    const d = this.nearest(node);
    return d && toEnclosing(d, this.text, this.scope.sf);
  }

  /** Functions of this file that call the one around `node`, directly or through others, nearest first. */
  callersOf(node: ts.Node): EnclosingFunction[] {
    const start = this.nearest(node);
    if (!start?.documented) return [];
    const out: EnclosingFunction[] = [];
    const seen = new Set<ts.Node>([start.fn]);
    let frontier = [start];
    while (frontier.length) {
      const next: Described[] = [];
      for (const callee of frontier) {
        for (const site of this.sitesCalling(callee)) {
          const caller = this.nearest(site);
          if (!caller?.documented || seen.has(caller.fn)) continue;
          seen.add(caller.fn);
          out.push(toEnclosing(caller, this.text, this.scope.sf));
          next.push(caller);
        }
      }
      frontier = next;
    }
    return out;
  }

  /** Calls of a function by its name (`notify()`), or of a method through `this` in its class (`this.notify()`). */
  private sitesCalling(callee: Described): ts.CallExpression[] {
    if (!callee.callName) return [];
    if (!this.callSites) {
      this.callSites = new Map();
      for (const c of this.scope.calls) {
        if (!ts.isCallExpression(c)) continue;
        const e = unwrap(c.expression);
        const site = ts.isIdentifier(e) ? { name: e.text, viaThis: false, call: c }
          : ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword ? { name: e.name.text, viaThis: true, call: c } : undefined;
        if (!site) continue;
        const list = this.callSites.get(site.name);
        if (list) list.push(site);
        else this.callSites.set(site.name, [site]);
      }
    }
    const member = ts.isClassLike(callee.fn.parent) || (callee.documented && ts.isPropertyDeclaration(callee.documented));
    const cls = member ? enclosingClass(callee.nameNode ?? callee.fn) : undefined;
    return (this.callSites.get(callee.callName) ?? [])
      .filter((s) => (s.viaThis ? !!cls && enclosingClass(s.call) === cls : !member && this.scope.lookup(s.name, s.call)?.nameNode === callee.nameNode))
      .map((s) => s.call);
  }
}
