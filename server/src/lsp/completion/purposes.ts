/** Completion of purpose=: the policy's purposes, those covering the line's categories first. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { type Localized, matchesAny } from '../../engine/index';
import { pick } from '../hoverMarkdown';
import { L, type Ctx, type LineFacts } from './request';

export function purposeItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const tax = ctx.taxonomy;
  // With categories on the line, purposes that cover them all come first.
  const written = facts.tag === 'personalData' ? facts.subjects : facts.categories;
  const members = [...new Set(written.flatMap((w) => tax.expand(w)))];
  const items: CompletionItem[] = [];
  let i = 0;
  for (const p of policy.purposes.values()) {
    const missing = p.categories ? members.filter((m) => !matchesAny(p.categories!, m)) : [];
    const desc = pick(p.description, p.descriptionZh, ctx.lang);
    const parts: string[] = [];
    if (missing.length) parts.push(ctx.t(L(`✗ does not cover ${missing.join(', ')}`, `✗ 不包括 ${missing.join('、')}`)));
    if (desc) parts.push(desc);
    if (p.basis) parts.push(`basis=${p.basis}`);
    if (p.retention) parts.push(`retention=${p.retention}`);
    const doc = [`**${p.id}**${desc ? ` — ${desc}` : ''}`];
    const otherDesc = ctx.lang === 'zh' ? p.description : p.descriptionZh;
    if (otherDesc && otherDesc !== desc) doc.push(otherDesc);
    const rows: [Localized, string | undefined][] = [
      [L('Legal basis', '合法性基础'), p.basis],
      [L('Retention', '保存期限'), p.retention],
      [L('Categories', '类别'), p.categories?.join(', ')],
      [L('Impact assessment', '影响评估'), p.impactAssessment],
    ];
    doc.push(ctx.rows(rows).join('\n'));
    items.push({
      label: p.id,
      kind: CompletionItemKind.Value,
      detail: parts.join(' · '),
      documentation: ctx.md(doc.filter((s) => s).join('\n\n')),
      filterText: p.id,
      sortText: `${missing.length ? 1 : 0}${String(i++).padStart(4, '0')}`,
      textEdit: { range, newText: p.id },
    });
  }
  return items;
}
