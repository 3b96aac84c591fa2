/**
 * In-source suppressions: `// privacy-annotations-disable-next-line <rule>[, <rule>] -- <reason> [until YYYY-MM-DD]`,
 * also as a line inside a JSDoc block (` * privacy-annotations-disable-next-line ...`).
 * The comment covers the next line; when that line opens a /** block, the whole block and the line after it.
 */
import type { Span } from '../types';

export const DIRECTIVE = 'privacy-annotations-disable-next-line';

export interface SuppressionComment {
  /** The directive from its first character to the end of the comment text. */
  span: Span;
  /** 0-based line of the comment. */
  line: number;
  /** 0-based lines it covers (inclusive). */
  from: number;
  to: number;
  rules: { id: string; span: Span }[];
  /** Undefined when missing (or a placeholder such as "<reason>"). */
  reason?: string;
  until?: string;
  untilSpan?: Span;
}

const LINE = new RegExp(`^(\\s*(?://+|/\\*+|\\*+)\\s*)${DIRECTIVE}\\b(.*?)\\s*(?:\\*/)?\\s*$`);

export function parseSuppressions(text: string): SuppressionComment[] {
  if (!text.includes(DIRECTIVE)) return [];
  // Lines as the editor and LineIndex see them: \r\n, \r and \n all end a line.
  const lines: { start: number; text: string }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = breaks.exec(text))) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  const out: SuppressionComment[] = [];
  lines.forEach((l, i) => {
    if (!l.text.includes(DIRECTIVE)) return;
    const m = LINE.exec(l.text);
    if (!m) return;
    const directiveStart = l.start + m[1].length;
    const restStart = directiveStart + DIRECTIVE.length;
    const rest = m[2];
    const dash = rest.indexOf('--');
    const rulesText = dash >= 0 ? rest.slice(0, dash) : rest;
    const rules: SuppressionComment['rules'] = [];
    const ruleRe = /[A-Za-z][\w-]*/g;
    let r: RegExpExecArray | null;
    while ((r = ruleRe.exec(rulesText))) rules.push({ id: r[0], span: { start: restStart + r.index, end: restStart + r.index + r[0].length } });
    let reason = dash >= 0 ? rest.slice(dash + 2).trim() : undefined;
    let until: string | undefined;
    let untilSpan: Span | undefined;
    if (reason !== undefined) {
      const u = /\s*\buntil\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(reason);
      if (u) {
        until = u[1];
        const at = restStart + dash + 2 + rest.slice(dash + 2).lastIndexOf(u[1]);
        untilSpan = { start: at, end: at + u[1].length };
        reason = reason.slice(0, u.index).trim();
      }
      if (!reason || /^<[^>]*>$/.test(reason)) reason = undefined;
    }
    // What it covers: the next line, or a whole /** block that starts there and the declaration after it.
    let to = i + 1;
    if (lines[i + 1]?.text.trimStart().startsWith('/**')) {
      let k = i + 1;
      while (k < lines.length && !lines[k].text.includes('*/')) k++;
      to = Math.min(k + 1, lines.length - 1);
    }
    out.push({ span: { start: directiveStart, end: l.start + l.text.replace(/\s*(?:\*\/)?\s*$/, '').length }, line: i, from: i + 1, to, rules, reason, until, untilSpan });
  });
  return out;
}
