import type { Rule } from './rule';
import { list, outsideOf } from './rule';

export const rule: Rule = {
  meta: {
    id: 'category-not-allowed-for-purpose',
    defaultSeverity: 'error',
    title: { en: "A category is outside its purpose's categories", zh: '类别不在其处理目的允许的范围内' },
    citations: [{ law: 'PIPL', article: 6 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    const allowed = t.purpose?.categories;
    if (!t.purpose || !allowed) return;
    for (const { ref, which } of outsideOf(t.categories, allowed)) {
      ctx.report({
        span: ref.span,
        message: {
          en: `Purpose "${t.purpose.id}" does not cover "${ref.id}"${which.en}; it allows ${list(allowed, 'en')}. Processing must stay within what the purpose needs (PIPL Art. 6).`,
          zh: `目的“${t.purpose.id}”不包括“${ref.id}”${which.zh}；该目的允许：${list(allowed, 'zh')}。处理应限于实现目的所必需的范围（《个人信息保护法》第六条）。`,
        },
      });
    }
  },
};
