import type { Rule, RuleContext } from './rule';
import type { ParsedParam } from '../types';
import { closestOf } from '../text/similarity';

export const rule: Rule = {
  meta: {
    id: 'unknown-purpose',
    defaultSeverity: 'error',
    title: { en: 'A purpose= is not defined in the policy', zh: 'purpose= 未在政策文件中定义' },
    citations: [{ law: 'PIPL', article: 6 }],
    needsPolicy: true,
    suppressible: true,
    fixAll: true,
    addToPolicy: 'purposes',
  },
  personalData: (t, ctx) => check(t.purposeParam, !!t.purpose, ctx),
  crossBorder: (t, ctx) => check(t.purposeParam, !!t.purpose, ctx),
};

function check(p: ParsedParam | undefined, found: boolean, ctx: RuleContext): void {
  if (!p || found || !ctx.policy) return;
  const known = [...ctx.policy.purposes.keys()];
  const candidates = closestOf(ctx.policy.purposes, p.value, () => known);
  const hint = candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : known.length ? ` Known purposes: ${known.join(', ')}.` : ' The policy defines no purposes.';
  const hintZh = candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : known.length ? `已定义的目的：${known.join('、')}。` : '政策文件未定义任何目的。';
  ctx.report({
    span: p.valueSpan,
    message: { en: `Purpose "${p.value}" is not defined in the policy's purposes.${hint}`, zh: `目的“${p.value}”未在政策文件的 purposes 中定义。${hintZh}` },
    fix: { kind: 'replace', span: p.valueSpan, candidates },
  });
}
