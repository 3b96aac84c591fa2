/**
 * "Suppress with a reason…": a comment above the finding's line, in the form the engine reads, with a
 * reason placeholder the engine treats as missing until it is replaced.
 */
import type { OffsetEdit } from './fixes';
import { DIRECTIVE } from '../engine/index';

export const REASON_PLACEHOLDER = '<reason>';

/** The edit inserting a suppression for `rule` before the line holding `offset`. */
export function suppressionEdit(text: string, offset: number, rule: string): OffsetEdit {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const rest = text.slice(lineStart);
  const line = /^[^\r\n]*/.exec(rest)![0];
  const indent = /^[ \t]*/.exec(line)![0];
  // The line break this line ends with (or the file's first one).
  const eol = /\r\n|\r|\n/.exec(rest)?.[0] ?? /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  // Inside a JSDoc block (a " * " line, not the opening one): a JSDoc line of its own.
  const jsdocLine = /^\s*\*(?!\/)/.test(line) && !/^\s*\/\*\*/.test(line);
  const comment = jsdocLine ? `${indent}* ${DIRECTIVE} ${rule} -- ${REASON_PLACEHOLDER}` : `${indent}// ${DIRECTIVE} ${rule} -- ${REASON_PLACEHOLDER}`;
  return { start: lineStart, end: lineStart, newText: comment + eol };
}
