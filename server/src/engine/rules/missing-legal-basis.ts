import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'missing-legal-basis',
    defaultSeverity: 'warning',
    title: { en: '@personalData has no legal basis from its tag or purpose', zh: '@personalData 的标签和目的均未给出合法性基础' },
    citations: [{ law: 'PIPL', article: 13 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    if (!ctx.policy?.require.legalBasis || t.basis) return;
    const via = t.purpose ? ` (purpose "${t.purpose.id}" sets no basis either)` : '';
    const viaZh = t.purpose ? `（目的“${t.purpose.id}”也未设定）` : '';
    ctx.report({
      span: t.tag.nameSpan,
      message: {
        en: `No legal basis: add basis= (consent, separate-consent, guardian-consent, contract, hr, legal-duty, emergency, news, public-info, other-law)${via}. PIPL Art. 13 allows processing only on one of its bases.`,
        zh: `缺少合法性基础：请添加 basis=（consent、separate-consent、guardian-consent、contract、hr、legal-duty、emergency、news、public-info、other-law）${viaZh}。《个人信息保护法》第十三条规定只有符合法定情形之一方可处理个人信息。`,
      },
    });
  },
};
