/**
 * "Suppress with a reason…": a comment above the finding's line, in the form the engine reads, with a
 * reason placeholder the engine treats as missing until it is replaced.
 */
import type { OffsetEdit } from './fixes';
import { DIRECTIVE } from '../engine/suppress/comments';

export const REASON_PLACEHOLDER = '<reason>';

/** The edit inserting a suppression for `rule` before the line holding `offset`. */
export function suppressionEdit(text: string, offset: number, rule: string): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart));
  const indent = /^\s*/.exec(line)![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Inside a JSDoc block (a " * " line, not the opening one): a JSDoc line of its own.
  const jsdocLine = /^\s*\*(?!\/)/.test(line) && !/^\s*\/\*\*/.test(line);
  const comment = jsdocLine ? `${indent}* ${DIRECTIVE} ${rule} -- ${REASON_PLACEHOLDER}` : `${indent}// ${DIRECTIVE} ${rule} -- ${REASON_PLACEHOLDER}`;
  return { start: lineStart, end: lineStart, newText: comment + eol };
}
