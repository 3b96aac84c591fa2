import type { Rule } from './rule';
import { list, outsideOf } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-category-not-allowed',
    defaultSeverity: 'error',
    title: { en: "A category sent abroad is outside the destination's categories", zh: '出境的类别不在目的地允许的范围内' },
    citations: [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    const allowed = t.destination?.categories;
    if (!allowed || t.sentFrom !== 'tag') return;
    for (const { ref, which } of outsideOf(t.sent, allowed)) {
      ctx.report({
        span: ref.span,
        message: {
          en: `"${ref.id}"${which.en} may not be sent to "${t.destination!.id}": the policy allows ${list(allowed, 'en')}. The mechanism and the individual's consent cover only the categories agreed (PIPL Arts. 38, 39).`,
          zh: `不得向“${t.destination!.id}”提供“${ref.id}”${which.zh}：政策文件仅允许 ${list(allowed, 'zh')}。出境机制和个人的同意仅涵盖约定的个人信息种类（《个人信息保护法》第三十八条、第三十九条）。`,
        },
      });
    }
  },
};
