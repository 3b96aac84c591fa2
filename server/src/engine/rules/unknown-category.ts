import type { Rule, RuleContext } from './rule';
import type { CategoryRef } from '../resolve/resolve';
import { closestOf } from '../text/similarity';

function check(refs: CategoryRef[], ctx: RuleContext): void {
  for (const ref of refs) {
    if (ctx.taxonomy.knows(ref.id)) continue;
    const candidates = closestOf(ctx.taxonomy, ref.id, () => [...ctx.taxonomy.ids, ...ctx.taxonomy.groupIds]);
    const hint = candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : '';
    const hintZh = candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : '';
    const where = ctx.policy ? "in neither the taxonomy nor the policy's categories.custom" : 'not in the built-in taxonomy (no policy file is in force)';
    const whereZh = ctx.policy ? '内置分类或政策文件的 categories.custom' : '内置分类（当前没有生效的政策文件）';
    ctx.report({
      span: ref.span,
      message: {
        en: `Unknown category "${ref.id}": it is ${where}.${hint}`,
        zh: `未知类别“${ref.id}”：它不在${whereZh}中。${hintZh}`,
      },
      fix: { kind: 'replace', span: ref.span, candidates },
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'unknown-category',
    defaultSeverity: 'error',
    title: { en: 'A category is neither in the taxonomy nor in the policy', zh: '类别既不在分类中，也不在政策文件中' },
    citations: [],
    needsPolicy: false,
    suppressible: true,
    fixAll: true,
    addToPolicy: 'categories.custom',
  },
  personalData: (t, ctx) => check(t.categories, ctx),
  crossBorder: (t, ctx) => {
    if (t.sentFrom === 'tag') check(t.sent, ctx);
  },
};
