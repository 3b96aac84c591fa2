/**
 * Turns the engine's fix data into text edits. Pure: it needs only the document text,
 * so code actions never depend on server state.
 */
import { type Finding, type FixData, ruleById, type Span } from '../engine/index';
import type { Lang } from './locale';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixChoice {
  title: string;
  edits: OffsetEdit[];
  /** The one obvious fix (a single candidate, or a value the law or policy dictates). */
  preferred: boolean;
}

/** A span widened to take the space before it, so removing "key=value" leaves no double space. */
function withLeadingSpace(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}

export function fixChoices(fix: FixData, text: string, lang: Lang): FixChoice[] {
  switch (fix.kind) {
    case 'replace':
      return fix.candidates.map((c) => ({
        title: lang === 'zh' ? `替换为“${c}”` : `Replace with '${c}'`,
        edits: [{ start: fix.span.start, end: fix.span.end, newText: c }],
        preferred: fix.candidates.length === 1,
      }));
    case 'setParam': {
      // Appended after an unclosed quote, the pair would become part of the quoted value.
      if (!fix.existing && (text.slice(fix.tagSpan.start, fix.tagSpan.end).split('"').length - 1) % 2 === 1) return [];
      const edits: OffsetEdit[] = [];
      const pair = `${fix.key}=${fix.value}`;
      if (fix.existing) edits.push({ start: fix.existing.start, end: fix.existing.end, newText: fix.value });
      else edits.push({ start: fix.tagSpan.end, end: fix.tagSpan.end, newText: ` ${pair}` });
      if (fix.remove) {
        const r = withLeadingSpace(text, fix.remove);
        edits.push({ start: r.start, end: r.end, newText: '' });
      }
      edits.sort((a, b) => a.start - b.start);
      const title = fix.existing ? (lang === 'zh' ? `设置 ${pair}` : `Set ${pair}`) : lang === 'zh' ? `添加 ${pair}` : `Add ${pair}`;
      return [{ title, edits, preferred: true }];
    }
    case 'addTag':
      return fix.choices.map((c) => ({ title: c.title[lang], edits: [{ ...c.edit }], preferred: c.preferred }));
    case 'addToPolicy':
    case 'addPolicyHost':
      // Edits to the policy file are built by the code-action handler, which has the policy text.
      return [];
    case 'several':
      return fix.fixes.flatMap((f) => fixChoices(f, text, lang));
  }
}

/**
 * Every unambiguous fix of a file at once: the fixes of rules that allow it (typos with a single candidate, settings
 * that only tighten what a tag says), of findings not suppressed. Fixes that claim a fact (consent obtained, a
 * mechanism in place) or guess (a detected category) are left for a person to apply one by one.
 * Overlapping edits are dropped (the first wins); insertions at one place are joined in order.
 */
export function fixAllEdits(findings: readonly Pick<Finding, 'rule' | 'fix' | 'suppressed'>[], text: string): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const { rule, fix, suppressed } of findings) {
    if (!fix || suppressed || !ruleById(rule)?.meta.fixAll) continue;
    if (fix.kind === 'replace' && fix.candidates.length !== 1) continue;
    const [choice] = fixChoices(fix, text, 'en');
    if (choice) edits.push(...choice.edits);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: OffsetEdit[] = [];
  for (const e of edits) {
    const prev = merged[merged.length - 1];
    if (prev && prev.start === e.start && prev.end === e.end && prev.start === prev.end) {
      if (!prev.newText.includes(e.newText)) prev.newText += e.newText;
      continue;
    }
    if (prev && e.start < prev.end) continue;
    if (prev && prev.start === e.start && prev.end === e.end && prev.newText === e.newText) continue;
    merged.push({ ...e });
  }
  return merged;
}

/** Apply offset edits to text (used by tests and by fix-all previews). */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
