/**
 * Personal data reaching an outbound call whose destination the code does not say (a host from the environment, a
 * config object): never guessed; the policy's crossBorder.hosts or a @crossBorder tag can say it.
 */
import type { Rule } from './rule';
import { categoriesText, crossBorderTagFix, destinationChoices, hostEntryFor, recipientText, several } from '../resolve/egressFix';

const MAX_TAG_CHOICES = 3;

export const rule: Rule = {
  meta: {
    id: 'cross-border-unresolved-destination',
    defaultSeverity: 'info',
    title: {
      en: 'Personal data reaches a call whose destination cannot be resolved',
      zh: '个人信息被传给无法确定目的地的调用',
    },
    citations: [{ law: 'PIPL', article: 38 }],
    needsPolicy: false,
    suppressible: true,
    // Where the data goes is for a person to say.
    fixAll: false,
  },
  egress: (e, ctx) => {
    const unresolved = e.calls.filter((c) => c.verdict === 'unresolved');
    for (const c of unresolved) {
      const choices = destinationChoices(ctx.policy).slice(0, MAX_TAG_CHOICES);
      ctx.report({
        span: c.call.callee,
        message: {
          en: `${categoriesText(c)} -> ${recipientText(c)}: where this call sends personal information cannot be told from the code. ${c.call.destination.reason.en} If it leaves mainland China, PIPL Art. 38 applies: map it in the policy's crossBorder.hosts, or declare it with @crossBorder.`,
          zh: `${categoriesText(c)} -> ${recipientText(c)}：无法从代码判断该调用把个人信息发往何处。${c.call.destination.reason.zh}如发往境外，适用《个人信息保护法》第三十八条：请在政策文件的 crossBorder.hosts 中说明，或用 @crossBorder 声明。`,
        },
        fix: several(hostEntryFor(c, ctx.policy), crossBorderTagFix(e.text, c, choices, unresolved)),
      });
    }
  },
};
