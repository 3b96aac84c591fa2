import type { Rule } from './rule';
import type { Citation } from '../types';
import { requiredClause } from '../law/requiredMechanism';

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
    const reasons = { en: req.reasons.map((r) => r.en).join('; '), zh: req.reasons.map((r) => r.zh).join('；') };
    const need = req.certain
      ? { en: `here ${requiredClause(req, 'en')}, for ${reasons.en}`, zh: `此处${requiredClause(req, 'zh')}，因为${reasons.zh}` }
      : { en: `on what is known, ${requiredClause(req, 'en')} (${reasons.en}), but a higher tier may apply: declare crossBorder.volume in the policy`, zh: `按已知情况，${requiredClause(req, 'zh')}（${reasons.zh}），但可能适用更高一档：请在政策文件中申报 crossBorder.volume` };
    const citations: Citation[] = [{ law: 'PIPL', article: 38 }, ...req.citations];
    ctx.report({
      span: t.destinationWord.span,
      message: {
        en: `No transfer mechanism for ${t.destinationWord.text}: set mechanism= on the tag or the destination in the policy. PIPL Art. 38 requires a security assessment, certification, the standard contract, or another lawful condition; ${need.en}.`,
        zh: `向 ${t.destinationWord.text} 出境未说明机制：请在标签或政策文件的目的地上设置 mechanism=。《个人信息保护法》第三十八条要求通过安全评估、认证、订立标准合同或满足其他法定条件；${need.zh}。`,
      },
      citations,
      // Only offered when the law's answer is known; the mechanism is a claim the team must be able to back.
      fix: req.certain ? { kind: 'setParam', tagSpan: t.tag.span, key: 'mechanism', value: req.mechanism } : undefined,
    });
  },
};
