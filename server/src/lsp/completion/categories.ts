/** Completion of category and group ids, marked by sensitivity and by what the policy allows. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { type Localized, matchesAny, standardGuidance } from '../../engine/index';
import { L, destinationOf, purposeOf, type Ctx, type LineFacts } from './request';

const SENSITIVE_ART28 = L('⚠ sensitive (PIPL Art. 28)', '⚠ 敏感个人信息（《个人信息保护法》第二十八条）');
const SENSITIVE_POLICY = L('⚠ sensitive (policy)', '⚠ 敏感个人信息（政策文件）');
const NOT_ALLOWED = L('✗ not allowed by the policy', '✗ 政策文件不允许');

/**
 * Every category and group id. Sensitive first, then the rest, then what the policy would reject
 * (outside categories.allow, the line's purpose, or the destination's categories), each marked.
 */
export function categoryItems(ctx: Ctx, range: Range, exclude: Set<string>, facts: LineFacts, where: 'subject' | 'categories'): CompletionItem[] {
  const tax = ctx.taxonomy;
  const allow = ctx.policy?.categories.allow;
  const purpose = purposeOf(ctx, facts);
  const destination = destinationOf(ctx, facts);
  // The limit the line's own context puts on the list.
  const scope: { patterns: string[]; note: Localized } | undefined =
    where === 'subject' && purpose?.categories
      ? { patterns: purpose.categories, note: L(`✗ not covered by purpose "${purpose.id}"`, `✗ 不在目的“${purpose.id}”的范围内`) }
      : where === 'categories' && destination?.categories
        ? { patterns: destination.categories, note: L(`✗ not listed for destination "${destination.id}"`, `✗ 不在目的地“${destination.id}”允许的范围内`) }
        : undefined;

  const items: CompletionItem[] = [];
  const add = (id: string, members: string[], group: boolean): void => {
    if (exclude.has(id)) return;
    const reasons = members.map((m) => tax.sensitivity(m)).filter((r) => r !== undefined);
    // A group is sensitive when all of its members are; one with some sensitive members says so.
    const sensitive = reasons.length > 0 && reasons.length === members.length;
    const someSensitive = members.filter((m) => tax.isSensitive(m));
    const notAllowed = !!allow && members.some((m) => !matchesAny(allow, m));
    const outOfScope = !!scope && members.some((m) => !matchesAny(scope.patterns, m));
    const marks: string[] = [];
    if (sensitive) marks.push(ctx.t(reasons.includes('art28') || reasons.includes('art28Etc') ? SENSITIVE_ART28 : SENSITIVE_POLICY));
    else if (someSensitive.length) marks.push(ctx.t(L(`⚠ includes sensitive ${someSensitive.join(', ')}`, `⚠ 含敏感个人信息 ${someSensitive.join('、')}`)));
    if (notAllowed) marks.push(ctx.t(NOT_ALLOWED));
    if (outOfScope) marks.push(ctx.t(scope!.note));
    const label = tax.label(id);
    marks.push(group ? `${ctx.both(label)} (${members.length})` : ctx.both(label));
    const tier = notAllowed || outOfScope ? 2 : sensitive ? 0 : 1;
    items.push({
      label: id,
      kind: group ? CompletionItemKind.Folder : CompletionItemKind.EnumMember,
      detail: marks.join(' · '),
      documentation: ctx.md(categoryDoc(ctx, id, members, group, notAllowed, outOfScope ? scope!.note : undefined)),
      filterText: id,
      sortText: `1${tier}:${id}`,
      textEdit: { range, newText: id },
    });
  };
  for (const id of tax.ids) add(id, [id], false);
  for (const g of tax.groupIds) add(g, tax.expand(g), true);
  return items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
}

function categoryDoc(ctx: Ctx, id: string, members: string[], group: boolean, notAllowed: boolean, scopeNote: Localized | undefined): string {
  const tax = ctx.taxonomy;
  const out = [`**${id}** — ${ctx.both(tax.label(id))}`];
  if (group) out.push(`${ctx.t(L('Group of', '包含'))}: ${members.map((m) => `\`${m}\``).join(', ')}`);
  if (!group) {
    const def = tax.get(id);
    const reason = tax.sensitivity(id);
    if (reason === 'art28' && def?.art28Kind) {
      out.push(
        ctx.t(
          L(
            `Sensitive personal information (PIPL Art. 28: ${def.art28Kind.en}). Needs a specific purpose and sufficient necessity, separate consent (Art. 29) and an impact assessment (Art. 55).`,
            `敏感个人信息（《个人信息保护法》第二十八条：${def.art28Kind.zh}）。须具有特定的目的和充分的必要性，取得单独同意（第二十九条），并进行个人信息保护影响评估（第五十五条）。`,
          ),
        ),
      );
    } else if (reason === 'art28Etc' && def?.art28Etc) {
      out.push(
        ctx.t(
          L(
            `Sensitive personal information under PIPL Art. 28: ${def.art28Etc.en}. Needs a specific purpose and sufficient necessity, separate consent (Art. 29) and an impact assessment (Art. 55).`,
            `敏感个人信息，依据《个人信息保护法》第二十八条：${def.art28Etc.zh}。须具有特定的目的和充分的必要性，取得单独同意（第二十九条），并进行个人信息保护影响评估（第五十五条）。`,
          ),
        ),
      );
    } else if (reason) {
      out.push(ctx.t(L('Treated as sensitive by the policy.', '政策文件将其作为敏感个人信息处理。')));
    }
    for (const line of standardGuidance(def?.guidance ?? [], ctx.lang)) out.push(line);
    if (!tax.isBuiltin(id)) out.push(ctx.t(L('Custom category defined in the policy.', '政策文件中定义的自定义类别。')));
  }
  if (notAllowed) out.push(ctx.t(L("Outside the policy's categories.allow (PIPL Art. 6).", '不在政策文件的 categories.allow 范围内（《个人信息保护法》第六条）。')));
  if (scopeNote) out.push(ctx.t(scopeNote));
  return out.join('\n\n');
}
