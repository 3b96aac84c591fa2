/**
 * Applies suppressions to a file's findings: in-source comments and the policy's exceptions.
 * Suppressed findings are kept (marked, with their justification) so auditors still see them. What is wrong with
 * a suppression, and whether it suppressed anything, is returned as facts: the rules invalid-suppression and
 * unused-suppression report them.
 */
import * as path from 'node:path';
import ignore from 'ignore';
import type { Finding } from '../types';
import type { Policy } from '../policy/model';
import { LineIndex } from '../text/lineIndex';
import { parseSuppressions, type SuppressionComment } from './comments';

export interface SuppressionContext {
  text: string;
  fileName: string;
  policy?: Policy;
  today: string;
  ruleIds: readonly string[];
  /** Whether a rule's findings may be suppressed at all. */
  suppressible(rule: string): boolean;
}

/** Why a suppression comment does not apply. */
export type SuppressionProblem =
  | { kind: 'noRule' }
  | { kind: 'unknownRule'; id: string }
  | { kind: 'noReason' }
  | { kind: 'expired'; until: string };

export interface SuppressionFacts {
  comments: { comment: SuppressionComment; problems: SuppressionProblem[]; used: boolean }[];
}

/** Policy exceptions whose path glob covers the file (relative to the policy's folder). */
function exceptionsFor(ctx: SuppressionContext) {
  const policy = ctx.policy;
  if (!policy?.exceptions.length) return [];
  const rel = path.relative(path.dirname(policy.file), path.resolve(ctx.fileName)).split(path.sep).join('/');
  if (rel.startsWith('..')) return [];
  return policy.exceptions.filter((e) => (!e.until || e.until >= ctx.today) && ignore().add(e.path).ignores(rel));
}

function problemsOf(c: SuppressionComment, ctx: SuppressionContext): SuppressionProblem[] {
  const problems: SuppressionProblem[] = [];
  if (c.rules.length === 0) problems.push({ kind: 'noRule' });
  for (const r of c.rules) if (!ctx.ruleIds.includes(r.id)) problems.push({ kind: 'unknownRule', id: r.id });
  if (!c.reason) problems.push({ kind: 'noReason' });
  if (c.until && c.until < ctx.today) problems.push({ kind: 'expired', until: c.until });
  return problems;
}

/** Marks the suppressed findings (in place) and says what each suppression comment did. */
export function applySuppressions(findings: Finding[], ctx: SuppressionContext): SuppressionFacts {
  const comments = parseSuppressions(ctx.text).map((comment) => ({ comment, problems: problemsOf(comment, ctx), used: false }));
  const exceptions = exceptionsFor(ctx);
  if (comments.length === 0 && exceptions.length === 0) return { comments };
  const index = new LineIndex(ctx.text);
  for (const f of findings) {
    if (!ctx.suppressible(f.rule)) continue;
    const line = index.positionAt(f.span.start).line;
    const hit = comments.find(({ comment: c, problems }) => problems.length === 0 && c.from <= line && line <= c.to && c.rules.some((r) => r.id === f.rule));
    if (hit) {
      hit.used = true;
      f.suppressed = { kind: 'inSource', justification: hit.comment.reason!, ...(hit.comment.until ? { until: hit.comment.until } : {}) };
      continue;
    }
    const exception = exceptions.find((e) => e.rule === f.rule);
    if (exception) {
      f.suppressed = { kind: 'external', justification: exception.reason, ...(exception.owner ? { owner: exception.owner } : {}), ...(exception.until ? { until: exception.until } : {}) };
    }
  }
  return { comments };
}
