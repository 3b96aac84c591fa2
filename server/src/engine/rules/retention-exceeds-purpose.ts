import type { Rule } from './rule';
import { compareDurations } from '../grammar/vocabulary';

export const rule: Rule = {
  meta: {
    id: 'retention-exceeds-purpose',
    defaultSeverity: 'error',
    title: { en: "A tag's retention is longer than its purpose allows", zh: '标签的保存期限超过其目的允许的期限' },
    citations: [{ law: 'PIPL', article: 19 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: true,
  },
  personalData: (t, ctx) => {
    const limit = t.purpose?.retention;
    const own = t.retention?.param;
    if (!t.purpose || !limit || !own || compareDurations(own.value, limit) <= 0) return;
    ctx.report({
      span: own.valueSpan,
      message: {
        en: `retention=${own.value} is longer than purpose "${t.purpose.id}" allows (${limit}). Keep data only as long as the purpose needs (PIPL Art. 19).`,
        zh: `retention=${own.value} 超过目的“${t.purpose.id}”允许的保存期限（${limit}）。保存期限应为实现处理目的所必要的最短时间（《个人信息保护法》第十九条）。`,
      },
      fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'retention', value: limit, existing: own.valueSpan },
    });
  },
};
