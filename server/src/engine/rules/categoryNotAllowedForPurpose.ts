import type { Rule } from './rule';
import { list } from './rule';
import { matchesAny } from '../taxonomy/taxonomy';

export const categoryNotAllowedForPurpose: Rule = {
  meta: {
    id: 'category-not-allowed-for-purpose',
    defaultSeverity: 'error',
    title: { en: "A category is outside its purpose's categories", zh: '类别不在其处理目的允许的范围内' },
    citations: [{ law: 'PIPL', article: 6 }],
    needsPolicy: true,
  },
  personalData: (t, ctx) => {
    const allowed = t.purpose?.categories;
    if (!t.purpose || !allowed) return;
    for (const ref of t.categories) {
      const outside = ref.members.filter((id) => !matchesAny(allowed, id));
      if (outside.length === 0 || ref.members.length === 0) continue;
      const which = ref.members.length > 1 ? ` (${list(outside, 'en')})` : '';
      const whichZh = ref.members.length > 1 ? `（${list(outside, 'zh')}）` : '';
      ctx.report({
        span: ref.span,
        message: {
          en: `Purpose "${t.purpose.id}" does not cover "${ref.id}"${which}; it allows ${list(allowed, 'en')}. Processing must stay within what the purpose needs (PIPL Art. 6).`,
          zh: `目的“${t.purpose.id}”不包括“${ref.id}”${whichZh}；该目的允许：${list(allowed, 'zh')}。处理应限于实现目的所必需的范围（第六条）。`,
        },
      });
    }
  },
};
