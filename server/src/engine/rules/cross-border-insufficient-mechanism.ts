import type { Rule } from './rule';
import type { Citation } from '../types';
import { satisfies } from '../law/requiredMechanism';
import { formatCitation } from '../law/citations';
import { param } from '../resolve/resolve';

export const rule: Rule = {
  meta: {
    id: 'cross-border-insufficient-mechanism',
    defaultSeverity: 'error',
    title: { en: 'The transfer mechanism is weaker than the law requires', zh: '出境机制弱于法律要求' },
    citations: [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 40 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    const declared = t.mechanism;
    if (!declared || satisfies(declared.value, t.requirement)) return;
    const req = t.requirement;
    const need = req.alternatives.length ? `${req.mechanism} or ${req.alternatives.join(' or ')}` : req.mechanism;
    const needZh = req.alternatives.length ? `${req.mechanism} 或 ${req.alternatives.join(' 或 ')}` : req.mechanism;
    const art = formatCitation(req.basis, 'en');
    const artZh = formatCitation(req.basis, 'zh');
    const claimed = declared.value === 'exempt' && t.exemption ? `exempt (${t.exemption.value})` : declared.value;
    const from = declared.from === 'destination' ? ' (from the policy)' : '';
    const fromZh = declared.from === 'destination' ? '（来自政策文件）' : '';
    const citations: Citation[] = [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 40 }, req.basis];
    ctx.report({
      span: declared.param?.valueSpan ?? t.destinationWord.span,
      message: {
        en: `mechanism=${claimed}${from} is not enough for ${t.destinationWord.text}: ${req.reasons.map((r) => r.en).join('; ')}, so ${need} is required (${art}).`,
        zh: `向 ${t.destinationWord.text} 出境的 mechanism=${claimed}${fromZh} 不足：${req.reasons.map((r) => r.zh).join('；')}，因此须采用 ${needZh}（${artZh}）。`,
      },
      citations,
      // When the weak mechanism is the policy's, the policy must change, not the tag.
      fix: declared.from === 'destination' ? undefined : {
        kind: 'setParam',
        tagSpan: t.tag.span,
        key: 'mechanism',
        value: req.mechanism,
        existing: declared.param?.valueSpan,
        // An exemption= only goes with mechanism=exempt.
        remove: req.mechanism === 'exempt' ? undefined : param(t.tag, 'exemption')?.span,
      },
    });
  },
};
