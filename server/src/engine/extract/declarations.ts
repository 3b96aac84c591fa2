/** Describes the declaration a JSDoc block documents: what kind, its name, and where the name is. */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { DeclarationInfo, DeclarationKind } from '../types';

function nameOf(node: ts.Node, sf: ts.SourceFile): { name: string; start: number; end: number } | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) {
    return { name: name.text, start: name.getStart(sf), end: name.end };
  }
  if (name) return { name: name.getText(sf), start: name.getStart(sf), end: name.end };
  return undefined;
}

function isFunctionLike(expr: ts.Expression | undefined): boolean {
  if (!expr) return false;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) expr = expr.expression;
  return ts.isArrowFunction(expr) || ts.isFunctionExpression(expr);
}

function kindOf(node: ts.Node): DeclarationKind {
  switch (node.kind) {
    case ts.SyntaxKind.InterfaceDeclaration: return 'interface';
    case ts.SyntaxKind.TypeAliasDeclaration: return 'typeAlias';
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression: return 'class';
    case ts.SyntaxKind.EnumDeclaration: return 'enum';
    case ts.SyntaxKind.EnumMember: return 'enumMember';
    case ts.SyntaxKind.PropertySignature:
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.PropertyAssignment:
    case ts.SyntaxKind.ShorthandPropertyAssignment: return 'property';
    case ts.SyntaxKind.MethodSignature:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.Constructor: return 'method';
    case ts.SyntaxKind.FunctionDeclaration: return 'function';
    case ts.SyntaxKind.Parameter: return 'parameter';
    case ts.SyntaxKind.VariableDeclaration:
      return isFunctionLike((node as ts.VariableDeclaration).initializer) ? 'function' : 'variable';
    default: return 'unknown';
  }
}

/** Names of the enclosing named declarations, outermost first. */
function containerOf(node: ts.Node, sf: ts.SourceFile): string[] {
  const names: string[] = [];
  for (let p = node.parent; p && p !== sf; p = p.parent) {
    if (kindOf(p) !== 'unknown') {
      const n = nameOf(p, sf);
      if (n) names.unshift(n.name);
    }
  }
  return names;
}

export function describeDeclaration(node: ts.Node, sf: ts.SourceFile): DeclarationInfo | undefined {
  // `export const f = () => ...` carries its JSDoc on the statement: describe the first declaration.
  let target = node;
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    if (!first) return undefined;
    target = first;
  }
  const kind = kindOf(target);
  const name = nameOf(target, sf);
  if (kind === 'unknown') {
    // No getStart here: it skips the node's leading trivia, which may be thousands of comments.
    return { kind, name: '', nameSpan: { start: target.end, end: target.end }, container: [] };
  }
  if (name) return { kind, name: name.name, nameSpan: { start: name.start, end: name.end }, container: containerOf(target, sf) };
  // Anonymous: `export default function () {}`, `constructor()`, an anonymous class.
  const start = target.getStart(sf);
  const keyword = target.kind === ts.SyntaxKind.Constructor ? 'constructor' : 'default';
  const end = start + Math.min(target.end - start, keyword === 'constructor' ? 11 : 0);
  return { kind, name: keyword, nameSpan: { start, end }, container: containerOf(target, sf) };
}
