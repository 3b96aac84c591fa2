import type { Rule } from './rule';
import { CONSENT_BASES } from '../grammar/vocabulary';

export const rule: Rule = {
  meta: {
    id: 'minor-needs-guardian-consent',
    defaultSeverity: 'error',
    title: { en: "Data of minors under 14 relies on a consent other than the guardian's", zh: '不满十四周岁未成年人的个人信息未以监护人同意为依据' },
    citations: [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 31 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    if (!t.minor || !t.basis || !CONSENT_BASES.has(t.basis.value) || t.basis.value === 'guardian-consent') return;
    ctx.report({
      span: t.basis.param?.valueSpan ?? t.subjectParam?.span ?? t.tag.nameSpan,
      message: {
        en: `subject=minor: all personal information of minors under 14 is sensitive (PIPL Art. 28) and needs the consent of a parent or guardian (Art. 31), not basis=${t.basis.value}. Use basis=guardian-consent.`,
        zh: `subject=minor：不满十四周岁未成年人的个人信息均属敏感个人信息（《个人信息保护法》第二十八条），应取得其父母或者其他监护人的同意（第三十一条），而非 basis=${t.basis.value}。请使用 basis=guardian-consent。`,
      },
      fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'basis', value: 'guardian-consent', existing: t.basis.param?.valueSpan },
    });
  },
};
