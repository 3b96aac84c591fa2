import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-volume-undeclared',
    defaultSeverity: 'info',
    title: { en: 'The policy approves destinations but declares no transfer volume', zh: '政策文件批准了目的地，但未申报出境数量' },
    citations: [{ law: 'CBDF2024', article: 7 }, { law: 'CBDF2024', article: 8 }],
    needsPolicy: true,
    suppressible: false,
    fixAll: false,
  },
  policy: ({ policy }, ctx) => {
    if (!policy) return;
    const v = policy.crossBorder.volume;
    if (policy.crossBorder.destinations.size === 0 || (v && (v.individuals !== undefined || v.sensitiveIndividuals !== undefined))) return;
    ctx.report({
      span: (v ? policy.locate(['crossBorder', 'volume']) : policy.locate(['crossBorder', 'destinations'])) ?? policy.locate(['crossBorder']) ?? { start: 0, end: 0 },
      message: {
        en: 'crossBorder.volume is not declared: the mechanism a transfer needs depends on how many individuals\' personal information was provided abroad since 1 January (security assessment from 1,000,000, or 10,000 for sensitive PI: CBDF2024 Art. 7; standard contract or certification from 100,000, or any sensitive PI: Art. 8). Without it only the categories sent are checked. Add volume: { individuals: N, sensitiveIndividuals: N }.',
        zh: '未申报 crossBorder.volume：出境所需的机制取决于自当年1月1日起累计向境外提供个人信息的人数（100万人以上或敏感个人信息1万人以上须申报安全评估：《促进和规范数据跨境流动规定》第七条；10万人以上或含敏感个人信息须订立标准合同或通过认证：第八条）。未申报时只能根据出境类别检查。请添加 volume: { individuals: N, sensitiveIndividuals: N }。',
      },
    });
  },
};
