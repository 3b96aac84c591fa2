import type { Rule } from './rule';
import type { Citation, Localized } from '../types';
import { daysBetween, isRealDate } from '../text/dates';
import { mechanismName } from '../law/requiredMechanism';

/**
 * Warn this many calendar days before a mechanism's validUntil. An assessment's extension is applied for within the
 * 60 working days before expiry (CBDF2024 Art. 9): twelve weeks, 84 days, plus public holidays; 90 leaves room for them.
 */
export const EXPIRY_WARNING_DAYS = 90;

const PIPL_38: Citation = { law: 'PIPL', article: 38 };
const CBDF_9: Citation = { law: 'CBDF2024', article: 9 };

export const rule: Rule = {
  meta: {
    id: 'cross-border-mechanism-expired',
    defaultSeverity: 'error',
    title: { en: "The destination's mechanism has expired or expires within 90 days", zh: '目的地的出境机制已过期或将在 90 天内过期' },
    citations: [PIPL_38],
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
    const assessment = d.mechanism === 'security-assessment';
    const name: Localized = d.mechanism === 'exempt' ? { en: 'exemption', zh: '豁免' } : d.mechanism ? { en: mechanismName(d.mechanism, 'en'), zh: mechanismName(d.mechanism, 'zh') } : { en: 'mechanism', zh: '出境机制' };
    const citations: Citation[] = assessment ? [PIPL_38, CBDF_9] : [PIPL_38];
    const ref = d.reference ? { en: ` (${d.reference})`, zh: `（${d.reference}）` } : { en: '', zh: '' };
    if (left < 0) {
      const next: Localized = assessment
        ? {
            en: ' An extension can only be applied for within the 60 working days before expiry (CBDF2024 Art. 9): a new security assessment is needed before transfers go on. Record the new result\'s validUntil in the policy.',
            zh: '延长申请只能在有效期届满前60个工作日内提出（《促进和规范数据跨境流动规定》第九条）：过期后须重新申报数据出境安全评估，方可继续出境。通过后请在政策文件中更新 validUntil。',
          }
        : { en: ' Renew it and update validUntil in the policy.', zh: '请续期并更新政策文件中的 validUntil。' };
      ctx.report({
        span: t.destinationWord.span,
        message: {
          en: `The ${name.en}${ref.en} for "${d.id}" expired on ${until}; transfers need a valid mechanism (PIPL Art. 38).${next.en}`,
          zh: `“${d.id}”的${name.zh}${ref.zh}已于 ${until} 过期；出境须具备有效的机制（《个人信息保护法》第三十八条）。${next.zh}`,
        },
        citations,
      });
    } else {
      const next: Localized = assessment
        ? {
            en: ' If transfers must continue, apply for the extension through the provincial CAC within the 60 working days before expiry (CBDF2024 Art. 9); once it has expired, only a new assessment will do.',
            zh: '需要继续出境的，应在有效期届满前60个工作日内通过所在地省级网信部门申请延长（《促进和规范数据跨境流动规定》第九条）；过期后只能重新申报安全评估。',
          }
        : { en: ' Start the renewal now.', zh: '请立即着手续期。' };
      ctx.report({
        span: t.destinationWord.span,
        severity: 'warning',
        message: {
          en: `The ${name.en}${ref.en} for "${d.id}" expires on ${until}, in ${left} day${left === 1 ? '' : 's'}.${next.en}`,
          zh: `“${d.id}”的${name.zh}${ref.zh}将于 ${until} 过期（还剩 ${left} 天）。${next.zh}`,
        },
        citations,
      });
    }
  },
};
