import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-volume-undeclared',
    defaultSeverity: 'info',
    title: { en: 'The policy approves destinations but declares no transfer volume, or only half of it', zh: '政策文件批准了目的地，但未申报出境人数或只申报了其中一项' },
    citations: [{ law: 'CBDF2024', article: 7 }, { law: 'CBDF2024', article: 8 }],
    needsPolicy: true,
    suppressible: false,
    fixAll: false,
  },
  policy: ({ policy }, ctx) => {
    if (!policy || policy.crossBorder.destinations.size === 0) return;
    const v = policy.crossBorder.volume;
    const hasIndividuals = v?.individuals !== undefined;
    const hasSensitive = v?.sensitiveIndividuals !== undefined;
    if (hasIndividuals && hasSensitive) return;
    if (hasIndividuals || hasSensitive) {
      // One count without the other leaves the tier open: the missing one could reach a higher tier.
      const given = hasIndividuals ? 'individuals' : 'sensitiveIndividuals';
      const missing = hasIndividuals ? 'sensitiveIndividuals' : 'individuals';
      const what = hasIndividuals
        ? { en: "individuals whose sensitive PI was provided abroad (10,000 or more: security assessment, CBDF2024 Art. 7; fewer: standard contract or certification, Art. 8)", zh: '敏感个人信息出境的人数（1万人以上须申报安全评估：《促进和规范数据跨境流动规定》第七条；不满1万人须订立标准合同或通过认证：第八条）' }
        : { en: "individuals whose non-sensitive PI was provided abroad (1,000,000 or more: security assessment, CBDF2024 Art. 7; 100,000 or more: standard contract or certification, Art. 8)", zh: '非敏感个人信息出境的人数（100万人以上须申报安全评估：《促进和规范数据跨境流动规定》第七条；10万人以上须订立标准合同或通过认证：第八条）' };
      ctx.report({
        span: policy.locate(['crossBorder', 'volume']) ?? policy.locate(['crossBorder']) ?? { start: 0, end: 0 },
        message: {
          en: `crossBorder.volume gives ${given} but not ${missing}: the two are counted apart, and ${missing} counts the ${what.en}. Without it the mechanism a transfer needs is only a lower bound. Add ${missing}: N (0 if none, since 1 January of the current year).`,
          zh: `crossBorder.volume 只申报了 ${given}，未申报 ${missing}：两者分别计算，${missing} 是${what.zh}。缺少该项时，出境所需的机制只能确定下限。请添加 ${missing}: N（自当年1月1日起累计；没有则写 0）。`,
        },
      });
      return;
    }
    ctx.report({
      span: (v ? policy.locate(['crossBorder', 'volume']) : policy.locate(['crossBorder', 'destinations'])) ?? policy.locate(['crossBorder']) ?? { start: 0, end: 0 },
      message: {
        en: "crossBorder.volume is not declared: the mechanism a transfer needs depends on how many individuals' personal information was provided abroad since 1 January, non-sensitive and sensitive counted apart (security assessment from 1,000,000 individuals' non-sensitive PI, or 10,000 individuals' sensitive PI: CBDF2024 Art. 7; standard contract or certification from 100,000, or any sensitive PI: Art. 8). Without it only the categories sent are checked. Add volume: { individuals: N, sensitiveIndividuals: N }.",
        zh: '未申报 crossBorder.volume：出境所需的机制取决于自当年1月1日起累计向境外提供个人信息的人数，非敏感个人信息与敏感个人信息分别计算（100万人以上个人信息或1万人以上敏感个人信息须申报安全评估：《促进和规范数据跨境流动规定》第七条；10万人以上或含敏感个人信息须订立标准合同或通过认证：第八条）。未申报时只能根据出境类别检查。请添加 volume: { individuals: N, sensitiveIndividuals: N }。',
      },
    });
  },
};
