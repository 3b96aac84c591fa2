import type { Rule } from './rule';
import { closest } from '../text/similarity';
import { isCountryCode } from '../geo/countries';

export const rule: Rule = {
  meta: {
    id: 'cross-border-unknown-destination',
    defaultSeverity: 'error',
    title: { en: 'A @crossBorder destination is not approved in the policy', zh: '@crossBorder 的目的地未在政策文件中批准' },
    citations: [{ law: 'PIPL', article: 38 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: true,
    addToPolicy: 'crossBorder.destinations',
  },
  crossBorder: (t, ctx) => {
    const word = t.destinationWord;
    if (t.destination) return;
    const policy = ctx.policy;
    const known = policy ? [...policy.crossBorder.destinations.keys()] : [];
    if (!policy) {
      // Without a policy only a destination that is not even a country code is wrong.
      if (isCountryCode(word.text)) return;
      ctx.report({
        span: word.span,
        message: {
          en: `"${word.text}" is not an ISO 3166-1 alpha-2 country code (SG, US, HK...), and no policy file defines it as a destination.`,
          zh: `“${word.text}”不是 ISO 3166-1 两位国家或地区代码（SG、US、HK 等），也没有政策文件将其定义为目的地。`,
        },
      });
      return;
    }
    const candidates = closest(word.text, known);
    const hint = candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : known.length ? ` Approved: ${known.join(', ')}.` : ' The policy approves no destinations.';
    const hintZh = candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : known.length ? `已批准：${known.join('、')}。` : '政策文件未批准任何目的地。';
    ctx.report({
      span: word.span,
      message: {
        en: `Destination "${word.text}" is not approved in the policy (crossBorder.destinations). Every transfer abroad needs one of the PIPL Art. 38 mechanisms, recorded in the policy.${hint}`,
        zh: `目的地“${word.text}”未在政策文件（crossBorder.destinations）中批准。向境外提供个人信息须满足《个人信息保护法》第三十八条规定的条件之一，并记录在政策文件中。${hintZh}`,
      },
      fix: { kind: 'replace', span: word.span, candidates },
    });
  },
};
