import type { Rule } from './rule';
import { list, outsideOf } from './rule';

export const rule: Rule = {
  meta: {
    id: 'category-not-allowed',
    defaultSeverity: 'error',
    title: { en: "A category is outside the policy's categories.allow", zh: '类别不在政策文件的 categories.allow 范围内' },
    citations: [{ law: 'PIPL', article: 6 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    const allow = ctx.policy?.categories.allow;
    if (!allow) return;
    for (const { ref, which } of outsideOf(t.categories, allow)) {
      ctx.report({
        span: ref.span,
        message: {
          en: `"${ref.id}"${which.en} is not allowed by the policy (categories.allow). Collect only what the purpose needs (PIPL Art. 6), or ask for the policy to allow it.`,
          zh: `政策文件（categories.allow）不允许处理“${ref.id}”${which.zh}。只收集实现目的所必需的信息（《个人信息保护法》第六条），或请求在政策文件中允许该类别。`,
        },
      });
    }
  },
};
