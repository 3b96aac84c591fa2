import type { Rule } from './rule';

/** Reported by suppress/apply.ts (in source) and here (expired policy exceptions). */
export const invalidSuppression: Rule = {
  meta: {
    id: 'invalid-suppression',
    defaultSeverity: 'warning',
    title: { en: 'A suppression has no reason, has expired or names an unknown rule', zh: '抑制缺少理由、已过期或引用了未知规则' },
    citations: [],
    needsPolicy: false,
  },
  policy: (policy, _problems, ctx) => {
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
