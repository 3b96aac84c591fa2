/**
 * Where the cursor stands in the document: inside a JSDoc block, on a line that starts with a
 * tag. Pure text scanning; costs O(line length + distance back to the enclosing comment's opener).
 */
import { tagNameEnd } from '../../engine/index';

const SLASH = 47;
const STAR = 42;
const AT = 64;

/** The tag at the start of the cursor's comment line. */
export interface TagLine {
  /** Offset of the '@'. */
  at: number;
  /** End of the tag name as written (letters, '_' and '-'). */
  nameEnd: number;
  /** End of the line inside the comment: a line break or the closing star-slash. */
  lineEnd: number;
}

/** The tag the cursor's line starts with, when the cursor is past its '@' inside a JSDoc block. */
export function tagLineAt(text: string, offset: number): TagLine | undefined {
  // Cheap rejection first: a tag needs an '@' before the cursor on the cursor's line.
  const lineStart = startOfLine(text, offset);
  let hasAt = false;
  for (let i = offset - 1; i >= lineStart && !hasAt; i--) hasAt = text.charCodeAt(i) === AT;
  if (!hasAt) return undefined;

  const opener = enclosingJSDocOpener(text, offset);
  if (opener === undefined) return undefined;

  // Where this line's content begins: after "/**" on the opening line, else after leading spaces and stars.
  let at = opener >= lineStart ? opener + 3 : lineStart;
  while (at < offset && isLeading(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== AT || at >= offset) return undefined;

  const lineEnd = endOfCommentLine(text, offset);
  return { at, nameEnd: tagNameEnd(text, at + 1, lineEnd), lineEnd };
}

function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The end of the cursor's line inside the comment: a line break or the closing star-slash. */
function endOfCommentLine(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c === STAR && text.charCodeAt(i + 1) === SLASH) return i;
  }
  return text.length;
}

/**
 * The offset of the "/**" that opens the block comment the cursor is in, or undefined when the
 * cursor is not inside a JSDoc block (code, a string, a line comment, after a closing star-slash).
 */
export function enclosingJSDocOpener(text: string, offset: number): number | undefined {
  // Native searches: O(distance back to the last opener), and no further.
  const opener = text.lastIndexOf('/**', offset - 3);
  if (opener < 0) return undefined;
  const close = text.indexOf('*/', opener + 2); // "/**/" is an empty comment, closed at once
  if (close >= 0 && close + 2 <= offset) return undefined;
  return confirmOpener(text, opener);
}

/**
 * The real opener for a "/**" found at `opener`: itself when it starts a comment, the enclosing
 * "/**" when it sits inside a JSDoc block opened earlier on its line, undefined when it sits in a
 * string, a line comment or a plain block comment. Reads its own line only (a heuristic: the
 * line is assumed to start in code).
 */
function confirmOpener(text: string, opener: number): number | undefined {
  let i = startOfLine(text, opener);
  let quote = 0; // ' " ` while inside a string
  let block = -1; // start of the block comment we are in
  while (i < opener) {
    const c = text.charCodeAt(i);
    if (block >= 0) {
      if (c === STAR && text.charCodeAt(i + 1) === SLASH && i >= block + 2) {
        block = -1;
        i += 2;
        continue;
      }
    } else if (quote) {
      if (c === 92 /* backslash */) {
        i += 2;
        continue;
      }
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34 || c === 96) {
      quote = c;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      return undefined;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      block = i;
      i += 2;
      continue;
    }
    i++;
  }
  if (quote) return undefined;
  if (block >= 0) return text.charCodeAt(block + 2) === STAR ? block : undefined;
  return opener;
}

function isLeading(c: number): boolean {
  return c === 32 || c === 9 || c === STAR;
}
