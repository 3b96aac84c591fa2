import type { Rule } from './rule';
import { list } from './rule';

export const rule: Rule = {
  meta: {
    id: 'missing-impact-assessment',
    defaultSeverity: 'warning',
    title: { en: 'No impact assessment reference where the policy requires one', zh: '政策文件要求影响评估，但未给出评估编号' },
    citations: [{ law: 'PIPL', article: 55 }, { law: 'PIPL', article: 56 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    if (!ctx.policy?.require.impactAssessment.includes('sensitive') || t.sensitive.length === 0 || t.pia) return;
    ctx.report({
      span: t.tag.nameSpan,
      message: {
        en: `Sensitive personal information (${list(t.sensitive, 'en')}) needs a prior personal information protection impact assessment (PIPL Art. 55 (1)): add pia=<reference>, or give the purpose an impactAssessment in the policy. Keep the report at least three years (Art. 56).`,
        zh: `处理敏感个人信息（${list(t.sensitive, 'zh')}）前应进行个人信息保护影响评估（《个人信息保护法》第五十五条第（一）项）：请添加 pia=<编号>，或在政策文件中为该目的设定 impactAssessment。评估报告至少保存三年（第五十六条）。`,
      },
      citations: [{ law: 'PIPL', article: 55, item: '(1)' }, { law: 'PIPL', article: 56 }],
    });
  },
  crossBorder: (t, ctx) => {
    if (!ctx.policy?.require.impactAssessment.includes('crossBorder') || t.pia) return;
    ctx.report({
      span: t.tag.nameSpan,
      message: {
        en: 'A transfer abroad needs a prior personal information protection impact assessment (PIPL Art. 55 (4)): add pia=<reference>, or set impactAssessment on the destination or purpose in the policy. Keep the report at least three years (Art. 56).',
        zh: '向境外提供个人信息前应进行个人信息保护影响评估（《个人信息保护法》第五十五条第（四）项）：请添加 pia=<编号>，或在政策文件中为目的地或目的设定 impactAssessment。评估报告至少保存三年（第五十六条）。',
      },
      citations: [{ law: 'PIPL', article: 55, item: '(4)' }, { law: 'PIPL', article: 56 }],
    });
  },
};
