import type { Rule } from './rule';
import { closest } from '../text/similarity';
import { param } from '../resolve/resolve';

export const rule: Rule = {
  meta: {
    id: 'cross-border-unknown-recipient',
    defaultSeverity: 'error',
    title: { en: "A @crossBorder recipient is not among its destination's recipients in the policy", zh: '@crossBorder 的境外接收方未列入政策文件中该目的地的接收方' },
    citations: [{ law: 'PIPL', article: 39 }, { law: 'PIPL', article: 38 }],
    needsPolicy: true,
    suppressible: true,
    // Adding a recipient claims that notice, consent and the mechanism cover it: offered one at a time.
    fixAll: false,
    addToPolicy: 'crossBorder.destinations.*.recipients',
  },
  crossBorder: (t, ctx) => {
    const d = t.destination;
    const recipient = param(t.tag, 'recipient');
    // An unknown destination is cross-border-unknown-destination's to report.
    if (!d || !recipient) return;
    const listed = d.recipients ?? [];
    if (listed.includes(recipient.value)) return;
    const candidates = closest(recipient.value, listed);
    const known = listed.length ? { en: `it lists ${listed.join(', ')}`, zh: `已列出：${listed.join('、')}` } : { en: 'it lists none', zh: '未列出任何接收方' };
    // The standard contract names its overseas recipient (PIPL Art. 38 (3)).
    const contract = t.mechanism?.value === 'standard-contract';
    const hint = candidates.length ? { en: ` Did you mean ${candidates.join(' or ')}?`, zh: `是否应为 ${candidates.join(' 或 ')}？` } : { en: '', zh: '' };
    ctx.report({
      span: recipient.valueSpan,
      message: {
        en: `Recipient "${recipient.value}" is not among the recipients of destination "${d.id}" in the policy (${known.en}). Individuals must be told each overseas recipient's name and contact details before they give separate consent (PIPL Art. 39)${contract ? ', and the standard contract is concluded with the overseas recipient (Art. 38 (3))' : ''}: record every recipient on its destination.${hint.en}`,
        zh: `境外接收方“${recipient.value}”不在政策文件中目的地“${d.id}”的接收方（recipients）之列（${known.zh}）。应向个人告知每个境外接收方的名称和联系方式并取得单独同意（《个人信息保护法》第三十九条）${contract ? '，标准合同也是与境外接收方订立的（第三十八条第（三）项）' : ''}：请在目的地上记录每个接收方。${hint.zh}`,
      },
      citations: contract ? [{ law: 'PIPL', article: 39 }, { law: 'PIPL', article: 38, item: '(3)' }] : [{ law: 'PIPL', article: 39 }],
      fix: { kind: 'addToPolicy', section: 'crossBorder.destinations.*.recipients', id: recipient.value, owner: d.id },
    });
  },
};
