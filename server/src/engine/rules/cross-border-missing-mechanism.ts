import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-missing-mechanism',
    defaultSeverity: 'error',
    title: { en: 'A transfer abroad names no mechanism', zh: '出境未说明所依据的机制' },
    citations: [{ law: 'PIPL', article: 38 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    if (t.mechanism) return;
    const req = t.requirement;
    const need = req.certain
      ? { en: `here ${req.mechanism} is required, for ${req.reasons.map((r) => r.en).join('; ')}`, zh: `此处要求 ${req.mechanism}，因为${req.reasons.map((r) => r.zh).join('；')}` }
      : { en: `here at least ${req.mechanism} is required; declare crossBorder.volume in the policy to know which`, zh: `此处至少要求 ${req.mechanism}；请在政策文件中申报 crossBorder.volume 以确定所需机制` };
    ctx.report({
      span: t.destinationWord.span,
      message: {
        en: `No transfer mechanism for ${t.destinationWord.text}: set mechanism= on the tag or the destination in the policy. PIPL Art. 38 requires a security assessment, certification, the standard contract, or another lawful condition; ${need.en}.`,
        zh: `向 ${t.destinationWord.text} 出境未说明机制：请在标签或政策文件的目的地上设置 mechanism=。第三十八条要求通过安全评估、认证、订立标准合同或满足其他法定条件；${need.zh}。`,
      },
      // Only offered when the law's answer is known; the mechanism is a claim the team must be able to back.
      fix: req.certain ? { kind: 'setParam', tagSpan: t.tag.span, key: 'mechanism', value: req.mechanism } : undefined,
    });
  },
};
