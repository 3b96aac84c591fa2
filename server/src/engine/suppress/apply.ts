/**
 * Applies suppressions to a file's findings: in-source comments and the policy's exceptions.
 * Suppressed findings are kept (marked, with their justification) so auditors still see them;
 * a suppression without a reason, expired, or naming an unknown rule is itself a finding, and so is one
 * that suppresses nothing.
 */
import * as path from 'node:path';
import ignore from 'ignore';
import type { Finding, Localized, Severity, Span } from '../types';
import type { Policy } from '../policy/model';
import { LineIndex } from '../text/lineIndex';
import { parseSuppressions } from './comments';

export interface SuppressionContext {
  text: string;
  fileName: string;
  policy?: Policy;
  today: string;
  ruleIds: readonly string[];
  /** Severity of the suppression rules after policy overrides ('off' drops them). */
  severity(rule: 'invalid-suppression' | 'unused-suppression'): Severity | 'off';
}

function finding(rule: 'invalid-suppression' | 'unused-suppression', severity: Severity, span: Span, message: Localized): Finding {
  return { rule, severity, span, message, citations: [] };
}

/** Policy exceptions whose path glob covers the file (relative to the policy's folder). */
function exceptionsFor(ctx: SuppressionContext) {
  const policy = ctx.policy;
  if (!policy?.exceptions.length) return [];
  const rel = path.relative(path.dirname(policy.file), path.resolve(ctx.fileName)).split(path.sep).join('/');
  if (rel.startsWith('..')) return [];
  return policy.exceptions.filter((e) => (!e.until || e.until >= ctx.today) && ignore().add(e.path).ignores(rel));
}

export function applySuppressions(findings: Finding[], ctx: SuppressionContext): Finding[] {
  const comments = parseSuppressions(ctx.text);
  const exceptions = exceptionsFor(ctx);
  if (comments.length === 0 && exceptions.length === 0) return findings;
  const index = new LineIndex(ctx.text);
  const used = new Set<number>();
  const extra: Finding[] = [];
  const invalid = ctx.severity('invalid-suppression');
  const valid = comments.map((c, i) => {
    const problems: Localized[] = [];
    if (c.rules.length === 0) problems.push({ en: 'name the rule(s) it suppresses', zh: '请写明要抑制的规则' });
    for (const r of c.rules) {
      if (!ctx.ruleIds.includes(r.id)) problems.push({ en: `"${r.id}" is not a rule`, zh: `“${r.id}”不是规则` });
    }
    if (!c.reason) problems.push({ en: 'a reason is required after " -- "', zh: '必须在“ -- ”之后写明理由' });
    if (c.until && c.until < ctx.today) problems.push({ en: `it expired on ${c.until}`, zh: `已于 ${c.until} 过期` });
    if (problems.length && invalid !== 'off') {
      extra.push(
        finding('invalid-suppression', invalid, c.span, {
          en: `This suppression does not apply: ${problems.map((p) => p.en).join('; ')}. Write: privacy-annotations-disable-next-line <rule-id> -- <reason> [until YYYY-MM-DD].`,
          zh: `此抑制无效：${problems.map((p) => p.zh).join('；')}。格式：privacy-annotations-disable-next-line <规则> -- <理由> [until YYYY-MM-DD]。`,
        }),
      );
    }
    return { c, i, ok: problems.length === 0 };
  });

  for (const f of findings) {
    if (f.rule === 'policy-invalid') continue;
    const line = index.positionAt(f.span.start).line;
    const hit = valid.find((v) => v.ok && v.c.from <= line && line <= v.c.to && v.c.rules.some((r) => r.id === f.rule));
    if (hit) {
      used.add(hit.i);
      f.suppressed = { kind: 'inSource', justification: hit.c.reason!, ...(hit.c.until ? { until: hit.c.until } : {}) };
      continue;
    }
    const exception = exceptions.find((e) => e.rule === f.rule);
    if (exception) {
      f.suppressed = { kind: 'external', justification: exception.reason, ...(exception.owner ? { owner: exception.owner } : {}), ...(exception.until ? { until: exception.until } : {}) };
    }
  }

  const unused = ctx.severity('unused-suppression');
  if (unused !== 'off') {
    for (const v of valid) {
      if (!v.ok || used.has(v.i)) continue;
      extra.push(
        finding('unused-suppression', unused, v.c.span, {
          en: `This suppression suppresses nothing: no ${v.c.rules.map((r) => r.id).join(' or ')} finding on the line it covers. Remove it.`,
          zh: `此抑制没有抑制任何问题：其覆盖的行上没有 ${v.c.rules.map((r) => r.id).join(' 或 ')} 问题。请删除。`,
        }),
      );
    }
  }
  return [...findings, ...extra];
}
