/**
 * Personal data reaching an outbound call that goes abroad, with no @crossBorder covering it: a transfer nobody
 * declared (egress discovery finds the call, where it goes, and what reaches it).
 */
import type { Rule } from './rule';
import { categoriesText, countryText, crossBorderTagFix, destinationFor, recipientText, several } from '../resolve/egressFix';

export const rule: Rule = {
  meta: {
    id: 'cross-border-untagged-transfer',
    defaultSeverity: 'warning',
    title: {
      en: 'Personal data reaches a call that sends it abroad, and no @crossBorder covers it',
      zh: '个人信息被传给发往境外的调用，但没有 @crossBorder 标注',
    },
    citations: [
      { law: 'PIPL', article: 38 },
      { law: 'PIPL', article: 39 },
    ],
    needsPolicy: false,
    suppressible: true,
    // The tag states where the code sends, as resolved; the obligations it brings are then checked on it.
    fixAll: true,
  },
  egress: (e, ctx) => {
    const untagged = e.calls.filter((c) => c.verdict === 'untagged');
    for (const c of untagged) {
      const country = c.country ?? c.call.destination.destination!;
      const dest = destinationFor(country, ctx.policy);
      const place = countryText(country);
      const tag = crossBorderTagFix(e.text, c, [dest], untagged);
      const missing = ctx.policy && !ctx.policy.crossBorder.destinations.has(dest)
        ? { kind: 'addToPolicy' as const, section: 'crossBorder.destinations' as const, id: dest }
        : undefined;
      ctx.report({
        span: c.call.callee,
        message: {
          en: `${categoriesText(c)} -> ${recipientText(c)}, ${place.en}: personal information leaves mainland China here and no @crossBorder covers this call. ${c.call.destination.reason.en} A transfer abroad needs one of the PIPL Art. 38 conditions and the notice and separate consent of Art. 39: declare it with @crossBorder so they are checked.`,
          zh: `${categoriesText(c)} -> ${recipientText(c)}，${place.zh}：个人信息在此处出境，但没有 @crossBorder 标注覆盖该调用。${c.call.destination.reason.zh}向境外提供个人信息须满足《个人信息保护法》第三十八条规定的条件，并依第三十九条告知并取得单独同意：请用 @crossBorder 声明，以便检查。`,
        },
        fix: several(tag, missing),
      });
    }
  },
};
