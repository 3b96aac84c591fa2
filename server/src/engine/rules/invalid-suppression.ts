import type { Localized } from '../types';
import type { SuppressionProblem } from '../suppress/apply';
import type { Rule } from './rule';

function why(p: SuppressionProblem): Localized {
  switch (p.kind) {
    case 'noRule':
      return { en: 'name the rule(s) it suppresses', zh: '请写明要抑制的规则' };
    case 'unknownRule':
      return { en: `"${p.id}" is not a rule`, zh: `“${p.id}”不是规则` };
    case 'noReason':
      return { en: 'a reason is required after " -- "', zh: '必须在“ -- ”之后写明理由' };
    case 'expired':
      return { en: `it expired on ${p.until}`, zh: `已于 ${p.until} 过期` };
  }
}

/** Suppression comments that cannot apply (no rule, unknown rule, no reason, expired), and expired policy exceptions. */
export const rule: Rule = {
  meta: {
    id: 'invalid-suppression',
    defaultSeverity: 'warning',
    title: { en: 'A suppression has no reason, has expired or names an unknown rule', zh: '抑制缺少理由、已过期或引用了未知规则' },
    citations: [],
    needsPolicy: false,
    suppressible: false,
    fixAll: false,
  },
  suppressions: (s, ctx) => {
    for (const { comment, problems } of s.comments) {
      if (problems.length === 0) continue;
      const reasons = problems.map(why);
      ctx.report({
        span: comment.span,
        message: {
          en: `This suppression does not apply: ${reasons.map((p) => p.en).join('; ')}. Write: privacy-annotations-disable-next-line <rule-id> -- <reason> [until YYYY-MM-DD].`,
          zh: `此抑制无效：${reasons.map((p) => p.zh).join('；')}。格式：privacy-annotations-disable-next-line <规则> -- <理由> [until YYYY-MM-DD]。`,
        },
      });
    }
  },
  policy: ({ policy }, ctx) => {
    if (!policy) return;
    policy.exceptions.forEach((e, i) => {
      if (!e.until || e.until >= ctx.today) return;
      ctx.report({
        span: policy.locate(['exceptions', i, 'until']) ?? policy.locate(['exceptions', i]) ?? { start: 0, end: 0 },
        message: {
          en: `The exception for ${e.rule} on "${e.path}"${e.owner ? ` (owner: ${e.owner})` : ''} expired on ${e.until}; its findings are reported again. Renew it with a new date after a review, or remove it.`,
          zh: `针对 ${e.rule}（路径“${e.path}”${e.owner ? `，负责人：${e.owner}` : ''}）的例外已于 ${e.until} 过期，相关问题将重新报告。请在复核后更新日期，或删除该例外。`,
        },
      });
    });
  },
};
