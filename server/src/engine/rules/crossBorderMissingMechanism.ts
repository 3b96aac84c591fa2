import type { Rule } from './rule';

export const crossBorderMissingMechanism: Rule = {
  meta: {
    id: 'cross-border-missing-mechanism',
    defaultSeverity: 'error',
    title: { en: 'A transfer abroad names no mechanism', zh: '出境未说明所依据的机制' },
    citations: [{ law: 'PIPL', article: 38 }],
    needsPolicy: false,
  },
  crossBorder: (t, ctx) => {
    if (t.mechanism) return;
    const required = t.requirement.mechanism;
    ctx.report({
      span: t.destinationWord.span,
      message: {
        en: `No transfer mechanism for ${t.destinationWord.text}: set mechanism= on the tag or the destination in the policy. PIPL Art. 38 requires a security assessment, certification, the standard contract, or another lawful condition; here ${required} is required.`,
        zh: `向 ${t.destinationWord.text} 出境未说明机制：请在标签或政策文件的目的地上设置 mechanism=。第三十八条要求通过安全评估、认证、订立标准合同或满足其他法定条件；此处要求 ${required}。`,
      },
      fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'mechanism', value: required },
    });
  },
};
