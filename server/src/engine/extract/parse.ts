/**
 * Parsing with the TypeScript parser (syntax only: no program, no type checker), and the last few documents
 * parsed: the analysis, the cross-file index and the starter policy's observations ask for the same file's tree in
 * turn, and get one parse.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { ExtractResult } from '../types';

export function scriptKindFor(fileName: string): ts.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(lower)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * TypeScript's JSDoc scanner (5.9 and 6.0) never returns on a word that ends in '-' right before the
 * closing star-slash (`/** x-*\/`). The parser gets a copy where such a '-' is a space: same length, same
 * offsets, same structure; everything that reads tags reads the original text.
 */
const HANGS_JSDOC_SCANNER = /-(?=\*\/)/g;

function parserText(text: string): string {
  return text.includes('-*/') ? text.replace(HANGS_JSDOC_SCANNER, ' ') : text;
}

function parseSourceUncached(text: string, fileName: string): ts.SourceFile {
  // No parent pointers: the engine's walks set those they need (nodes.ts).
  return ts.createSourceFile(fileName, parserText(text), ts.ScriptTarget.Latest, false, scriptKindFor(fileName));
}

/** A syntax tree, for callers outside the engine that keep one per document. */
export type SyntaxTree = ts.SourceFile;

/**
 * The last few documents parsed and read, by file name: the checker, the inventory, code lenses, hovers and
 * the cross-file index all ask for the same document version in turn, and get one parse.
 */
const RECENT = 8;
export interface Parsed {
  fileName: string;
  text: string;
  sf: ts.SourceFile;
  result?: ExtractResult;
}
const recent: Parsed[] = [];

export function remembered(text: string, fileName: string): Parsed {
  return recalled(text, fileName) ?? remember({ fileName, text, sf: parseSourceUncached(text, fileName) });
}

export function recalled(text: string, fileName: string): Parsed | undefined {
  return recent.find((r) => r.fileName === fileName && r.text === text);
}

function remember(entry: Parsed): Parsed {
  recent.unshift(entry);
  if (recent.length > RECENT) recent.pop();
  return entry;
}

/** The syntax tree of a document (shared with the other readers of the same text). */
export function parseSource(text: string, fileName: string): ts.SourceFile {
  return remembered(text, fileName).sf;
}

/**
 * The syntax tree of a new version of an editor document, re-parsing only around what changed since
 * `previous` (the tree of its last version, which this call consumes: TypeScript moves its nodes into the new
 * tree, so the caller must hold no other use of it). Shared with the other readers of the same text, as
 * parseSource's trees are.
 */
export function parseDocument(text: string, fileName: string, previous: ts.SourceFile | undefined): ts.SourceFile {
  const sf = parseVersion(text, fileName, previous);
  editorTrees.add(sf);
  return sf;
}

/**
 * Trees of editor documents, whose next version is parsed incrementally: walks may keep what they found per
 * top-level statement for the next version to take again. A one-off parse (the CLI, closed files) keeps nothing.
 */
const editorTrees = new WeakSet<ts.SourceFile>();

export function isEditorTree(sf: ts.SourceFile): boolean {
  return editorTrees.has(sf);
}

function parseVersion(text: string, fileName: string, previous: ts.SourceFile | undefined): ts.SourceFile {
  if (!previous || previous.fileName !== fileName || recalled(text, fileName)) return remembered(text, fileName).sf;
  for (let i = recent.length - 1; i >= 0; i--) if (recent[i].sf === previous) recent.splice(i, 1);
  const safe = parserText(text);
  let sf: ts.SourceFile;
  try {
    sf = ts.updateSourceFile(previous, safe, changeRange(previous.text, safe));
  } catch (e) {
    if (e instanceof RangeError) throw e;
    // An incremental parse that fails is retried in full rather than trusted.
    sf = parseSourceUncached(text, fileName);
  }
  return remember({ fileName, text, sf }).sf;
}

/** The one span that differs between two texts, as TypeScript's incremental parser wants it. */
function changeRange(before: string, after: string): ts.TextChangeRange {
  const max = Math.min(before.length, after.length);
  // Whole chunks first (a comparison of two slices is one native call), then character by character.
  let head = 0;
  while (head + CHUNK <= max && before.slice(head, head + CHUNK) === after.slice(head, head + CHUNK)) head += CHUNK;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  const b = before.length;
  const a = after.length;
  let tail = 0;
  while (tail + CHUNK <= max - head && before.slice(b - tail - CHUNK, b - tail) === after.slice(a - tail - CHUNK, a - tail)) tail += CHUNK;
  while (tail < max - head && before.charCodeAt(b - 1 - tail) === after.charCodeAt(a - 1 - tail)) tail++;
  return ts.createTextChangeRange(ts.createTextSpan(head, b - head - tail), a - head - tail);
}

const CHUNK = 256;
