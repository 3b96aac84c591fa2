/**
 * A @crossBorder covering an outbound call names another country than the one the call resolves to: the tag (and
 * the mechanism, consent and volumes checked against it) describes a transfer the code does not make.
 */
import type { Rule } from './rule';
import { categoriesText, countryText, destinationFor, recipientText } from '../resolve/egressFix';

export const rule: Rule = {
  meta: {
    id: 'cross-border-destination-mismatch',
    defaultSeverity: 'warning',
    title: {
      en: 'A @crossBorder covers a call that goes to another country than the tag names',
      zh: '@crossBorder 覆盖的调用实际发往的国家或地区与标注不符',
    },
    citations: [
      { law: 'PIPL', article: 38 },
      { law: 'PIPL', article: 39 },
    ],
    needsPolicy: false,
    suppressible: true,
    // The tag's destination word is replaced by where the call goes: a fact of the code.
    fixAll: true,
  },
  egress: (e, ctx) => {
    for (const c of e.calls) {
      if (c.verdict !== 'mismatch' || !c.cover) continue;
      const word = c.cover.transfer.destinationWord;
      const actual = destinationFor(c.country!, ctx.policy);
      const place = countryText(c.country!);
      const named = countryText(c.cover.transfer.country!);
      ctx.report({
        span: c.call.callee,
        message: {
          en: `${categoriesText(c) || 'This call'} -> ${recipientText(c)} goes to ${place.en}, but the @crossBorder ${word.text} covering it says ${named.en}. ${c.call.destination.reason.en} The mechanism (PIPL Art. 38) and the notice and consent (Art. 39) must be those of the real destination.`,
          zh: `${categoriesText(c) || '该调用'} -> ${recipientText(c)} 发往${place.zh}，但覆盖它的 @crossBorder ${word.text} 声明的是${named.zh}。${c.call.destination.reason.zh}出境条件（《个人信息保护法》第三十八条）以及告知和同意（第三十九条）须针对实际目的地。`,
        },
        fix: { kind: 'replace', span: word.span, candidates: [actual] },
      });
    }
  },
};
