import type { Rule } from './rule';
import type { Citation } from '../types';
import { requiredClause, requirementBasis, satisfies } from '../law/requiredMechanism';
import { formatCitations } from '../law/citations';
import { param } from '../resolve/resolve';

export const rule: Rule = {
  meta: {
    id: 'cross-border-insufficient-mechanism',
    defaultSeverity: 'error',
    title: { en: 'The transfer mechanism is weaker than the law requires', zh: '出境机制弱于法律要求' },
    // Per finding: the tier's article, and PIPL Art. 40 only for CIIOs and processors over the assessment threshold.
    citations: [{ law: 'PIPL', article: 38 }, { law: 'CBDF2024', article: 5 }, { law: 'CBDF2024', article: 7 }, { law: 'CBDF2024', article: 8 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    const declared = t.mechanism;
    if (!declared || satisfies(declared.value, t.requirement)) return;
    const req = t.requirement;
    const claimed = declared.value === 'exempt' && t.exemption ? `exempt (${t.exemption.value})` : declared.value;
    const from = declared.from === 'destination' ? ' (from the policy)' : '';
    const fromZh = declared.from === 'destination' ? '（来自政策文件）' : '';
    const basis = requirementBasis(req);
    const citations: Citation[] = [{ law: 'PIPL', article: 38 }, ...req.citations];
    ctx.report({
      span: declared.param?.valueSpan ?? t.destinationWord.span,
      message: {
        en: `mechanism=${claimed}${from} is not enough for ${t.destinationWord.text}: ${req.reasons.map((r) => r.en).join('; ')}, so ${requiredClause(req, 'en')} (${formatCitations(basis, 'en')}).`,
        zh: `向 ${t.destinationWord.text} 出境的 mechanism=${claimed}${fromZh} 不足：${req.reasons.map((r) => r.zh).join('；')}，因此${requiredClause(req, 'zh')}（${formatCitations(basis, 'zh')}）。`,
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
