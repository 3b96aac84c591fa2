import type { Rule } from './rule';
import { list } from './rule';

export const rule: Rule = {
  meta: {
    id: 'sensitive-needs-separate-consent',
    defaultSeverity: 'warning',
    title: { en: 'Sensitive personal information relies on plain consent', zh: '敏感个人信息仅以一般同意为依据' },
    citations: [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    // Minors' data is handled by minor-needs-guardian-consent instead.
    if (t.minor || t.basis?.value !== 'consent' || t.sensitive.length === 0) return;
    const first = t.categories.find((c) => c.members.some((m) => t.sensitive.includes(m))) ?? t.categories[0];
    const from = t.basis.from === 'purpose' ? ` (from purpose "${t.purpose?.id}")` : '';
    const fromZh = t.basis.from === 'purpose' ? `（来自目的“${t.purpose?.id}”）` : '';
    ctx.report({
      span: first.span,
      message: {
        en: `${list(t.sensitive, 'en')} ${t.sensitive.length > 1 ? 'are' : 'is'} sensitive personal information (PIPL Art. 28): processing needs separate consent (Art. 29), not basis=consent${from}. Use basis=separate-consent.`,
        zh: `${list(t.sensitive, 'zh')}属于敏感个人信息（《个人信息保护法》第二十八条）：处理应取得个人的单独同意（第二十九条），而非一般同意 basis=consent${fromZh}。请使用 basis=separate-consent。`,
      },
      fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'basis', value: 'separate-consent', existing: t.basis.param?.valueSpan },
    });
  },
};
