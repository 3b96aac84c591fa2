/** Completion of the value after key=: enumerated values, and the policy's recipients and assessments. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { describeCitation, type KeyInfo, type Localized } from '../../engine/index';
import { L, destinationOf, destinationRef, purposeOf, purposeRef, type Ctx, type LineFacts } from './request';
import { purposeItems } from './purposes';
import { retentionItems } from './retention';

export function valueItems(ctx: Ctx, info: KeyInfo, range: Range, facts: LineFacts): CompletionItem[] {
  switch (info.key) {
    case 'purpose':
      return purposeItems(ctx, range, facts);
    case 'retention':
      return retentionItems(ctx, range, facts);
    case 'recipient':
      return recipientItems(ctx, range, facts);
    case 'subject':
      return subjectItems(ctx, range);
    case 'pia':
      return piaItems(ctx, range, facts);
    default:
      return info.values ? enumItems(ctx, info, range, facts) : [];
  }
}

function subjectItems(ctx: Ctx, range: Range): CompletionItem[] {
  return [
    {
      label: 'minor',
      kind: CompletionItemKind.EnumMember,
      detail: ctx.t(L('Minors under 14 (PIPL Art. 31)', '不满十四周岁的未成年人（《个人信息保护法》第三十一条）')),
      documentation: ctx.md(
        ctx.t(
          L(
            "The data is about minors under 14. Their personal information is sensitive (PIPL Art. 28); processing needs the consent of a parent or guardian (`basis=guardian-consent`) and dedicated processing rules (Art. 31). Sent abroad, it is sensitive PI: the standard contract or certification at least (CBDF2024 Art. 8).",
            '个人信息主体为不满十四周岁的未成年人。其个人信息属于敏感个人信息（《个人信息保护法》第二十八条）；处理应当取得未成年人的父母或者其他监护人的同意（`basis=guardian-consent`），并制定专门的个人信息处理规则（第三十一条）。向境外提供时属于敏感个人信息，至少须订立标准合同或通过认证（《促进和规范数据跨境流动规定》第八条）。',
          ),
        ),
      ),
      filterText: 'minor',
      textEdit: { range, newText: 'minor' },
    },
  ];
}

/** The value the policy already gives for this key (the line's purpose or destination), if any. */
function policyDefault(ctx: Ctx, key: string, facts: LineFacts): { value: string; from: Localized } | undefined {
  if (key === 'basis') {
    const p = purposeOf(ctx, facts);
    if (p?.basis) return { value: p.basis, from: purposeRef(p.id) };
  }
  if (key === 'mechanism' || key === 'exemption') {
    const d = destinationOf(ctx, facts);
    const v = key === 'mechanism' ? d?.mechanism : d?.exemption;
    if (d && v) return { value: v, from: destinationRef(d.id) };
  }
  return undefined;
}

function enumItems(ctx: Ctx, info: KeyInfo, range: Range, facts: LineFacts): CompletionItem[] {
  const dflt = policyDefault(ctx, info.key, facts);
  return info.values!.map((v, i) => {
    const isDefault = dflt?.value === v.id;
    const detail = `${ctx.t(v.label)} (${ctx.cite(v)})`;
    const doc = [`**${v.id}** — ${ctx.t(v.label)}`, ctx.t(v.label) === v.label[ctx.other] ? '' : v.label[ctx.other], v.citations.map((c) => `- ${describeCitation(c, ctx.lang)}`).join('\n')];
    if (isDefault) doc.push(ctx.t(L(`Already the policy's value for ${dflt!.from.en}.`, `已是政策文件中${dflt!.from.zh}的值。`)));
    return {
      label: v.id,
      kind: CompletionItemKind.EnumMember,
      detail: isDefault ? `✓ ${ctx.t(dflt!.from)} · ${detail}` : detail,
      documentation: ctx.md(doc.filter((s) => s).join('\n\n')),
      filterText: v.id,
      sortText: `${isDefault ? 0 : 1}${String(i).padStart(2, '0')}`,
      ...(isDefault ? { preselect: true } : {}),
      textEdit: { range, newText: v.id },
    };
  });
}

/** The recipients of the line's destination, or of every destination when it names none in the policy. */
function recipientItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const dest = destinationOf(ctx, facts);
  const dests = dest ? [dest] : [...policy.crossBorder.destinations.values()];
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const d of dests) {
    for (const r of d.recipients ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      items.push({
        label: r,
        kind: CompletionItemKind.Value,
        detail: ctx.t(L(`Recipient at destination "${d.id}"`, `目的地“${d.id}”的接收方`)),
        filterText: r,
        sortText: String(items.length).padStart(4, '0'),
        textEdit: { range, newText: r },
      });
    }
  }
  return items;
}

/** Impact assessment references from the policy: the line's purpose and destination first. */
function piaItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const policy = ctx.policy;
  if (!policy) return [];
  const refs: { ref: string; from: Localized; first: boolean }[] = [];
  const add = (ref: string | undefined, from: Localized, first: boolean): void => {
    if (ref && !refs.some((r) => r.ref === ref) && !/\s/.test(ref)) refs.push({ ref, from, first });
  };
  const purpose = purposeOf(ctx, facts);
  if (purpose) add(purpose.impactAssessment, purposeRef(purpose.id), true);
  const dest = destinationOf(ctx, facts);
  if (dest) add(dest.impactAssessment, destinationRef(dest.id), true);
  for (const p of policy.purposes.values()) add(p.impactAssessment, purposeRef(p.id), false);
  for (const d of policy.crossBorder.destinations.values()) add(d.impactAssessment, destinationRef(d.id), false);
  return refs.map((r, i) => ({
    label: r.ref,
    kind: CompletionItemKind.Reference,
    detail: ctx.t(L(`Impact assessment of ${r.from.en}`, `${r.from.zh}的个人信息保护影响评估`)),
    filterText: r.ref,
    sortText: `${r.first ? 0 : 1}${String(i).padStart(4, '0')}`,
    ...(r.first ? { preselect: true } : {}),
    textEdit: { range, newText: r.ref },
  }));
}
