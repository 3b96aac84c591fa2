import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'missing-purpose',
    defaultSeverity: 'warning',
    title: { en: '@personalData states no purpose although the policy requires one', zh: '政策文件要求说明处理目的，但 @personalData 未给出 purpose=' },
    citations: [{ law: 'PIPL', article: 6 }, { law: 'PIPL', article: 17 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  personalData: (t, ctx) => {
    if (!ctx.policy?.require.purpose || t.purposeParam) return;
    const known = [...ctx.policy.purposes.keys()];
    ctx.report({
      span: t.tag.nameSpan,
      message: {
        en: `No purpose= given; the policy requires every @personalData to name its purpose (PIPL Arts. 6, 17).${known.length ? ` Purposes: ${known.join(', ')}.` : ''}`,
        zh: `未给出 purpose=；政策文件要求每个 @personalData 说明处理目的（《个人信息保护法》第六条、第十七条）。${known.length ? `可用目的：${known.join('、')}。` : ''}`,
      },
    });
  },
};
