import type { Rule } from './rule';

/** A valid suppression comment that no finding on the lines it covers needed. */
export const rule: Rule = {
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'info',
    title: { en: 'A suppression comment suppresses nothing', zh: '抑制注释没有抑制任何问题' },
    citations: [],
    needsPolicy: false,
    suppressible: false,
    fixAll: false,
    unnecessary: true,
  },
  suppressions: (s, ctx) => {
    for (const { comment, problems, used } of s.comments) {
      if (problems.length || used) continue;
      const ids = comment.rules.map((r) => r.id);
      ctx.report({
        span: comment.span,
        message: {
          en: `This suppression suppresses nothing: no ${ids.join(' or ')} finding on the line it covers. Remove it.`,
          zh: `此抑制没有抑制任何问题：其覆盖的行上没有 ${ids.join(' 或 ')} 问题。请删除。`,
        },
      });
    }
  },
};
