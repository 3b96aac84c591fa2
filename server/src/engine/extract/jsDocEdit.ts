/**
 * Where a line of JSDoc goes for a declaration: into its existing block, or a new block above it (or before it,
 * inline). Pure string work on the text; the quick fixes that add a tag use it.
 */
import type { Span } from '../types';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Where a declaration stands, as far as adding JSDoc to it is concerned. */
export interface JsDocTarget {
  /** Where a JSDoc block for it starts: the declaration's first token (its statement for variables). */
  declarationStart: number;
  /** The whitespace before declarationStart on its line. */
  indent: string;
  /** The declaration starts its line, so a new JSDoc goes on the line above; otherwise inline before it. */
  ownLine: boolean;
  /** Its existing JSDoc block, to which the line can be added. */
  jsDoc?: Span;
}

function lineStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The edit adding the line `tag` to the declaration: a line in its JSDoc block, or a new block above (or before) it. */
export function tagEdit(text: string, hit: JsDocTarget, tag: string): TextEdit {
  const nl = eolOf(text);
  const doc: Span | undefined = hit.jsDoc;
  if (doc) {
    const raw = text.slice(doc.start, doc.end);
    const docLineStart = lineStartOf(text, doc.start);
    const docStartsLine = /^[ \t]*$/.test(text.slice(docLineStart, doc.start));
    const docIndent = docStartsLine ? text.slice(docLineStart, doc.start) : hit.indent;
    const close = doc.end - 2;
    if (/[\r\n]/.test(raw)) {
      const closeLineStart = lineStartOf(text, close);
      const beforeClose = text.slice(closeLineStart, close);
      // "   */" on its own line: a new " * @personalData ..." line above it, aligned with it.
      if (/^[ \t]*$/.test(beforeClose)) return { start: closeLineStart, end: closeLineStart, newText: `${beforeClose}* ${tag}${nl}` };
      // " * text */": close the text line, add the tag line, close the block.
      return { start: close, end: close, newText: `${nl}${docIndent} * ${tag}${nl}${docIndent} ` };
    }
    if (docStartsLine) {
      // "/** 手机号 */" becomes a block with two lines; a declaration on the same line moves below it.
      const inner = raw.slice(3, -2).trim();
      const between = text.slice(doc.end, hit.declarationStart);
      const sameLine = hit.declarationStart > doc.end && /^[ \t]*$/.test(between);
      const lines = [`/**`, ...(inner ? [`${docIndent} * ${inner}`] : []), `${docIndent} * ${tag}`, `${docIndent} */`].join(nl);
      return sameLine
        ? { start: doc.start, end: hit.declarationStart, newText: `${lines}${nl}${docIndent}` }
        : { start: doc.start, end: doc.end, newText: lines };
    }
    // A block inline before a parameter: a second block before the declaration (both attach to it).
    return { start: hit.declarationStart, end: hit.declarationStart, newText: `/** ${tag} */ ` };
  }
  if (hit.ownLine) {
    const at = lineStartOf(text, hit.declarationStart);
    return { start: at, end: at, newText: `${hit.indent}/** ${tag} */${nl}` };
  }
  return { start: hit.declarationStart, end: hit.declarationStart, newText: `/** ${tag} */ ` };
}
