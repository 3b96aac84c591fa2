/**
 * Finds declarations that look like personal data but carry no @personalData, for the
 * unannotated-personal-data rule and its quick fix. Syntax only (no type checker).
 *
 * - mightContainPersonalData (prefilter.ts): run before parsing; most files never get parsed for this rule.
 * - findUnannotated: walks property signatures and declarations (interfaces, classes, type literals),
 *   parameters of named functions and methods, and variable declarations (module and class level by
 *   default), skipping every declaration that is tagged or sits inside a tagged one.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { Span } from '../types';
import { adopt, walkNodes } from '../extract/nodes';
import { StatementMemo } from '../extract/statementMemo';
import { mentionsTag } from '../grammar/tagNames';
import { detectIdentifier, mayDetect, type Detection } from './detect';

export { mightContainPersonalData, prefilterPatterns } from './prefilter';

// ---------------------------------------------------------------- scan

export interface UnannotatedDeclaration {
  /** The declaration's name. */
  span: Span;
  name: string;
  detection: Detection;
  kind: 'property' | 'parameter' | 'variable';
  /** Where a JSDoc block for it starts: the declaration's first token (its statement for variables). */
  declarationStart: number;
  /** The whitespace before declarationStart on its line. */
  indent: string;
  /** The declaration starts its line, so a new JSDoc goes on the line above; otherwise inline before it. */
  ownLine: boolean;
  /** Its existing JSDoc block, to which the tag can be added. */
  jsDoc?: Span;
  /** The enclosing declarations' names used as context, nearest last ("CustomerService.findByMobile"). */
  owner?: string;
}

export interface ScanOptions {
  /**
   * Also report variables declared inside function bodies. Off by default: locals are
   * implementation detail, and parameters and properties already describe what a function handles.
   */
  locals?: boolean;
}

function isFunctionLike(expr: ts.Expression | undefined): boolean {
  while (expr && (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))) expr = expr.expression;
  return !!expr && (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr) || ts.isClassExpression(expr));
}

function simpleName(name: ts.Node | undefined): { text: string; node: ts.Node } | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return { text: name.text.replace(/^#/, ''), node: name };
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return { text: name.text, node: name };
  return undefined;
}

/** A type text from a literal initializer, when there is no annotation. */
function inferredType(init: ts.Expression | undefined, sf: ts.SourceFile): string | undefined {
  if (!init) return undefined;
  while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) {
    if (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) {
      const t = init.type.getText(sf);
      if (t !== 'const') return t;
    }
    init = init.expression;
  }
  switch (init.kind) {
    case ts.SyntaxKind.RegularExpressionLiteral: return 'RegExp';
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword: return 'boolean';
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral: return 'number';
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression: return 'string';
  }
  if (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.ExclamationToken) return 'boolean';
  if (ts.isBinaryExpression(init) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken,
    ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.InstanceOfKeyword, ts.SyntaxKind.InKeyword].includes(init.operatorToken.kind)) return 'boolean';
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) return init.expression.text;
  return undefined;
}

function commentText(raw: string): string {
  return raw
    .replace(/^\/\*\*?|\*\/$/g, '')
    .replace(/^\/\/+/gm, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*\*?\s?/, ''))
    .join('\n')
    .trim();
}

interface Comments {
  text: string;
  tagged: boolean;
  lastJsDoc?: Span;
}

/** The comments documenting a declaration: those before it, and one after it on the same line. */
function commentsOf(text: string, node: ts.Node, trailingFrom?: number): Comments {
  const parts: string[] = [];
  let tagged = false;
  let lastJsDoc: Span | undefined;
  // Parameters also take a comment on their own line before them, as TypeScript attaches JSDoc to them.
  const leading = [...(ts.isParameter(node) ? ts.getTrailingCommentRanges(text, node.pos) ?? [] : []), ...(ts.getLeadingCommentRanges(text, node.pos) ?? [])];
  for (const r of leading) {
    const raw = text.slice(r.pos, r.end);
    if (mentionsTag(raw, 'personalData')) tagged = true;
    if (raw.startsWith('/**') && raw.length > 4) lastJsDoc = { start: r.pos, end: r.end };
  }
  // The documentation is the comment right before the declaration (a JSDoc block, or // and /* */ comments
  // with no blank line in between): a section header further up describes something else.
  const last = leading[leading.length - 1];
  if (last) {
    let j = last.end;
    while (j < text.length && /\s/.test(text[j])) j++;
    const between = text.slice(last.end, j);
    const raw = text.slice(last.pos, last.end);
    if (raw.startsWith('/**') || !/\n[ \t]*\r?\n/.test(between)) parts.push(commentText(raw));
  }
  if (trailingFrom !== undefined) {
    for (const r of ts.getTrailingCommentRanges(text, trailingFrom) ?? []) {
      const raw = text.slice(r.pos, r.end);
      if (mentionsTag(raw, 'personalData')) tagged = true;
      parts.push(commentText(raw));
    }
  }
  return { text: parts.filter(Boolean).join('\n'), tagged, lastJsDoc };
}

function isPascalCase(name: string): boolean {
  return /^[A-Z]/.test(name) && /[a-z]/.test(name);
}

function lineStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function containerName(node: ts.Node): string | undefined {
  if (ts.isInterfaceDeclaration(node) || ts.isClassLike(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) ||
    ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isMethodSignature(node) || ts.isModuleDeclaration(node) ||
    ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node) ||
    ts.isParameter(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) {
    const n = simpleName((node as { name?: ts.Node }).name);
    return n?.text;
  }
  return undefined;
}

const MAX_SIBLINGS = 40;

/** Names of the other members of the declaration's owner, or the other parameters of its function. */
function siblingsOf(node: ts.Node, self: string): string[] | undefined {
  const p = node.parent;
  let list: readonly ts.Node[] | undefined;
  if (ts.isParameter(node)) list = (p as ts.SignatureDeclaration).parameters;
  else if (ts.isInterfaceDeclaration(p) || ts.isClassLike(p) || ts.isTypeLiteralNode(p)) list = p.members;
  if (!list) return undefined;
  const names: string[] = [];
  for (const m of list) {
    const n = simpleName((m as { name?: ts.Node }).name);
    if (n && n.text !== self) names.push(n.text);
    if (names.length >= MAX_SIBLINGS) break;
  }
  return names.length ? names : undefined;
}

/** The two nearest named enclosing declarations, outermost first, joined with ".". */
function ownerOf(node: ts.Node): string | undefined {
  const names: string[] = [];
  for (let p = node.parent; p && names.length < 2; p = p.parent) {
    if (ts.isSourceFile(p)) break;
    const n = containerName(p);
    if (n) names.unshift(n);
  }
  return names.length ? names.join('.') : undefined;
}

function insideFunctionBody(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isBlock(p) && p.parent && (ts.isFunctionLike(p.parent) || ts.isClassStaticBlockDeclaration(p.parent))) return true;
    if (ts.isArrowFunction(p) && !ts.isBlock(p.body)) return true;
    if (ts.isSourceFile(p) || ts.isClassLike(p) || ts.isInterfaceDeclaration(p)) return false;
  }
  return false;
}

/** A function whose parameters are worth reporting: named (declaration, method, or assigned to a name). */
function isNamedFunction(fn: ts.Node): boolean {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isMethodSignature(fn) || ts.isConstructorDeclaration(fn) ||
    ts.isSetAccessor(fn) || ts.isConstructSignatureDeclaration(fn)) return true;
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    let p = fn.parent;
    while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p))) p = p.parent;
    return !!p && (ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertyAssignment(p));
  }
  return false;
}

/**
 * Declarations that look like personal data and are not annotated, in source order.
 * `tagged`: spans of tagged declarations (or of their names, e.g. ExtractResult tags' declaration.nameSpan);
 * a declaration whose name lies inside one is treated as tagged, and so is everything inside it.
 * Declarations with a @personalData tag (or a near miss such as @personaldata) in their own comments
 * are recognised without it.
 */
export function findUnannotated(sf: ts.SourceFile, text: string, tagged: readonly Span[] = [], options: ScanOptions = {}): UnannotatedDeclaration[] {
  const out: UnannotatedDeclaration[] = [];
  const spans = [...tagged].sort((a, b) => a.start - b.start);
  const memo = scanned.version(sf, text);
  // The spans before `from` end before the statements still to come.
  let from = 0;
  for (const statement of sf.statements) {
    while (from < spans.length && spans[from].end <= statement.pos) from++;
    const inside = overlapping(spans, from, statement.pos, statement.end);
    adopt(statement, sf);
    const scan = (): Scanned => ({ base: statement.pos, hits: scanStatement(sf, text, statement, inside, options) });
    let found: Scanned;
    if (memo) {
      found = memo(statement, `${options.locals ? 1 : 0}:${inside.map((t) => `${t.start - statement.pos},${t.end - statement.pos}`).join(';')}`, scan);
    } else {
      found = scan();
    }
    for (const hit of found.hits) out.push(placed(text, hit, statement.pos - found.base));
  }
  return out;
}

/** What a top-level statement held; offsets are those of the statement at `base`. */
interface Scanned {
  base: number;
  hits: UnannotatedDeclaration[];
}

/** An editor document's statements are not scanned again while their text (and tagged spans) stay the same. */
const scanned = new StatementMemo<Scanned>();

/** The spans (sorted by start, looked at from index `first`) that overlap [from, to). */
function overlapping(spans: readonly Span[], first: number, from: number, to: number): Span[] {
  const result: Span[] = [];
  for (let i = first; i < spans.length && spans[i].start < to; i++) if (spans[i].end > from) result.push(spans[i]);
  return result;
}

/** A hit moved by `delta`, with the layout of its line read from the current text. */
function placed(text: string, hit: UnannotatedDeclaration, delta: number): UnannotatedDeclaration {
  const declarationStart = hit.declarationStart + delta;
  const lineStart = lineStartOf(text, declarationStart);
  const before = text.slice(lineStart, declarationStart);
  return {
    ...hit,
    span: { start: hit.span.start + delta, end: hit.span.end + delta },
    declarationStart,
    indent: /^[ \t]*/.exec(before)![0],
    ownLine: /^[ \t]*$/.test(before),
    jsDoc: hit.jsDoc && { start: hit.jsDoc.start + delta, end: hit.jsDoc.end + delta },
  };
}

function scanStatement(sf: ts.SourceFile, text: string, statement: ts.Statement, tagged: readonly Span[], options: ScanOptions): UnannotatedDeclaration[] {
  const out: UnannotatedDeclaration[] = [];
  const inTagged = (s: Span) => tagged.some((t) => s.start >= t.start && s.end <= t.end);

  const consider = (
    node: ts.Node,
    kind: UnannotatedDeclaration['kind'],
    nameNode: ts.Node,
    name: string,
    typeText: string | undefined,
    comments: Comments,
    startNode: ts.Node,
  ): void => {
    if (name === 'prototype' || name === 'constructor') return;
    // Most names hold no clue at all: skip gathering owner and siblings for them.
    if (!mayDetect(name, typeText, comments.text || undefined)) return;
    const owner = ownerOf(node);
    const siblings = siblingsOf(node, name);
    const detection = detectIdentifier(name, { typeText, doc: comments.text || undefined, ownerName: owner, siblings });
    if (!detection) return;
    // indent and ownLine are filled in by placed().
    out.push({
      span: { start: nameNode.getStart(sf), end: nameNode.end },
      name,
      detection,
      kind,
      declarationStart: startNode.getStart(sf),
      indent: '',
      ownLine: false,
      jsDoc: comments.lastJsDoc,
      owner,
    });
  };

  // Iterative (generated code nests deeper than recursion allows); returning false skips a subtree.
  walkNodes(statement, (node) => {
    const named = simpleName((node as { name?: ts.Node }).name);
    if (named && inTagged({ start: named.node.getStart(sf), end: named.node.end })) return false;

    if (ts.isVariableStatement(node)) {
      const comments = commentsOf(text, node);
      if (comments.tagged) return false;
      const decls = node.declarationList.declarations;
      const first = decls[0];
      // Looked at before the walk reaches (and adopts) them.
      adopt(node.declarationList, node);
      if (first) adopt(first, node.declarationList);
      if (decls.length === 1 && first && (options.locals || !insideFunctionBody(node))) {
        const n = simpleName(first.name);
        // PascalCase variables are classes, components and constructors (const Avatar = styled.img`...`).
        if (n && !isFunctionLike(first.initializer) && !isPascalCase(n.text)) {
          consider(first, 'variable', n.node, n.text, first.type?.getText(sf) ?? inferredType(first.initializer, sf), comments, node);
        }
      }
      return true;
    }

    if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) {
      const comments = commentsOf(text, node, node.end);
      if (comments.tagged) return false;
      const n = simpleName(node.name);
      const init = ts.isPropertyDeclaration(node) ? node.initializer : undefined;
      if (n && !isFunctionLike(init) && !(node.type && ts.isFunctionTypeNode(node.type))) {
        consider(node, 'property', n.node, n.text, node.type?.getText(sf) ?? inferredType(init, sf), comments, node);
      }
      return true;
    }

    if (ts.isParameter(node)) {
      const comments = commentsOf(text, node);
      if (comments.tagged) return false;
      const n = simpleName(node.name);
      if (n && n.text !== 'this' && !isPascalCase(n.text) && isNamedFunction(node.parent) && (options.locals || !insideFunctionBody(node.parent))) {
        consider(node, 'parameter', n.node, n.text, node.type?.getText(sf) ?? inferredType(node.initializer, sf), comments, node);
      }
      return true;
    }

    // Any other declaration with a @personalData tag covers everything inside it.
    if (ts.isInterfaceDeclaration(node) || ts.isClassLike(node) || ts.isTypeAliasDeclaration(node) || ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) || ts.isMethodSignature(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) ||
      ts.isSetAccessor(node) || ts.isPropertyAssignment(node) || ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node) ||
      ts.isExportAssignment(node)) {
      if (commentsOf(text, node).tagged) return false;
      if (ts.isEnumDeclaration(node)) return false;
    }
    return true;
  });
  return out;
}

/** The spans to pass as `tagged` from an extraction: the names of declarations with a @personalData tag. */
export function taggedNameSpans(tags: readonly { tag: string; declaration: { nameSpan: Span } }[]): Span[] {
  return tags.filter((t) => t.tag === 'personalData').map((t) => t.declaration.nameSpan);
}
