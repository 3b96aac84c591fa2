/** Completion of retention=: the line's purpose's limit first, then common periods, longer ones marked. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { compareDurations, durationDays } from '../../engine/index';
import { L, purposeOf, type Ctx, type LineFacts } from './request';

/** Retention periods offered besides the purpose's own limit. */
export const COMMON_DURATIONS: readonly string[] = ['30d', '90d', '6m', '1y', '2y', '3y', '5y'];

function durationText(ctx: Ctx, d: string): string {
  const m = /^(\d+)([dwmy])$/.exec(d);
  if (!m) return d;
  const n = Number(m[1]);
  const en: Record<string, string> = { d: 'day', w: 'week', m: 'month', y: 'year' };
  const zh: Record<string, string> = { d: '天', w: '周', m: '个月', y: '年' };
  return ctx.lang === 'zh' ? `${n} ${zh[m[2]]}` : `${n} ${en[m[2]]}${n === 1 ? '' : 's'}`;
}

export function retentionItems(ctx: Ctx, range: Range, facts: LineFacts): CompletionItem[] {
  const purpose = purposeOf(ctx, facts);
  const limit = purpose?.retention && durationDays(purpose.retention) !== undefined ? purpose.retention : undefined;
  const items: CompletionItem[] = [];
  if (limit) {
    items.push({
      label: limit,
      kind: CompletionItemKind.Value,
      detail: `${durationText(ctx, limit)} · ${ctx.t(L(`the limit of purpose "${purpose!.id}"`, `目的“${purpose!.id}”的保存期限`))}`,
      documentation: ctx.md(ctx.t(L('Keep data only as long as the purpose needs (PIPL Art. 19).', '保存期限应当为实现处理目的所必要的最短时间（《个人信息保护法》第十九条）。'))),
      filterText: limit,
      sortText: '0',
      preselect: true,
      textEdit: { range, newText: limit },
    });
  }
  COMMON_DURATIONS.forEach((d, i) => {
    if (d === limit) return;
    const exceeds = !!limit && compareDurations(d, limit) > 0;
    const detail = exceeds
      ? `${ctx.t(L(`✗ longer than purpose "${purpose!.id}" allows (${limit})`, `✗ 超过目的“${purpose!.id}”的保存期限（${limit}）`))} · ${durationText(ctx, d)}`
      : durationText(ctx, d);
    items.push({
      label: d,
      kind: CompletionItemKind.Value,
      detail,
      filterText: d,
      sortText: `${exceeds ? 2 : 1}${i}`,
      textEdit: { range, newText: d },
    });
  });
  return items;
}
