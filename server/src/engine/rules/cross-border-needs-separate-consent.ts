import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-needs-separate-consent',
    defaultSeverity: 'warning',
    title: { en: 'A transfer abroad without separate consent', zh: '出境未取得单独同意' },
    citations: [{ law: 'PIPL', article: 39 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    if (t.consentSeparate) return;
    ctx.report({
      span: t.destinationWord.span,
      message: {
        en: `Sending personal information to ${t.destinationWord.text} needs the individual's separate consent, after telling them the recipient, its contact details, the purpose, method and categories, and how to exercise their rights (PIPL Art. 39). Add consent=separate once the consent flow exists, or set separateConsent: true on the destination in the policy.`,
        zh: `向 ${t.destinationWord.text} 提供个人信息应在告知境外接收方名称、联系方式、处理目的、处理方式、个人信息种类及行使权利的方式后，取得个人的单独同意（《个人信息保护法》第三十九条）。实现单独同意流程后请添加 consent=separate，或在政策文件的目的地上设置 separateConsent: true。`,
      },
      fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'consent', value: 'separate' },
    });
  },
};
