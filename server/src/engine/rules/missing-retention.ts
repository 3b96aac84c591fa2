import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'missing-retention',
    defaultSeverity: 'warning',
    title: { en: '@personalData has no retention period from its tag or purpose', zh: '@personalData 的标签和目的均未给出保存期限' },
    citations: [{ law: 'PIPL', article: 17 }, { law: 'PIPL', article: 19 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    if (!ctx.policy?.require.retention || t.retention) return;
    ctx.report({
      span: t.tag.nameSpan,
      message: {
        en: 'No retention period: add retention= (e.g. 90d, 6m, 3y) or give the purpose one in the policy. Data may be kept only as long as the purpose needs (PIPL Art. 19), and the period must be told to the individual (Art. 17).',
        zh: '缺少保存期限：请添加 retention=（如 90d、6m、3y），或在政策文件中为该目的设定期限。保存期限应为实现处理目的所必要的最短时间（《个人信息保护法》第十九条），并应告知个人（第十七条）。',
      },
    });
  },
};
