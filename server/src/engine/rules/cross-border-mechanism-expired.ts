import type { Rule } from './rule';
import type { Citation } from '../types';
import { daysBetween, isRealDate } from '../text/dates';

/** Warn this many days before a mechanism's validUntil. */
export const EXPIRY_WARNING_DAYS = 60;

export const rule: Rule = {
  meta: {
    id: 'cross-border-mechanism-expired',
    defaultSeverity: 'error',
    title: { en: "The destination's mechanism has expired or expires within 60 days", zh: '目的地的出境机制已过期或将在 60 天内过期' },
    citations: [{ law: 'PIPL', article: 38 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    const d = t.destination;
    const until = d?.validUntil;
    if (!d || !until || !isRealDate(until)) return;
    const left = daysBetween(ctx.today, until)!;
    if (left > EXPIRY_WARNING_DAYS) return;
    const mechanism = d.mechanism === 'exempt' ? 'exemption' : (d.mechanism ?? 'mechanism');
    const citations: Citation[] = d.mechanism === 'security-assessment' ? [{ law: 'CBDF2024', article: 9 }] : [{ law: 'PIPL', article: 38 }];
    const ref = d.reference ? ` (${d.reference})` : '';
    if (left < 0) {
      ctx.report({
        span: t.destinationWord.span,
        message: {
          en: `The ${mechanism}${ref} for "${d.id}" expired on ${until}; transfers need a valid mechanism (PIPL Art. 38)${d.mechanism === 'security-assessment' ? '; an assessment is valid for 3 years and can be extended on application (CBDF2024 Art. 9)' : ''}. Renew it and update validUntil in the policy.`,
          zh: `“${d.id}”的 ${mechanism}${ref} 已于 ${until} 过期；出境须具备有效的机制（第三十八条）${d.mechanism === 'security-assessment' ? '；安全评估结果有效期为 3 年，可申请延长（《促进和规范数据跨境流动规定》第九条）' : ''}。请续期并更新政策文件中的 validUntil。`,
        },
        citations,
      });
    } else {
      ctx.report({
        span: t.destinationWord.span,
        severity: 'warning',
        message: {
          en: `The ${mechanism}${ref} for "${d.id}" expires on ${until}, in ${left} day${left === 1 ? '' : 's'}. Start the renewal now${d.mechanism === 'security-assessment' ? ' (an extension is applied for before expiry: CBDF2024 Art. 9)' : ''}.`,
          zh: `“${d.id}”的 ${mechanism}${ref} 将于 ${until} 过期（还剩 ${left} 天）。请立即着手续期${d.mechanism === 'security-assessment' ? '（应在有效期届满前申请延长：《促进和规范数据跨境流动规定》第九条）' : ''}。`,
        },
        citations,
      });
    }
  },
};
