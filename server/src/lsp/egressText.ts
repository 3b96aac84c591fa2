/**
 * How the editor names an outbound call in one line, for its hover and its function's code lens:
 * "contact.email -> SendGrid, api.sendgrid.com, US; no @crossBorder covers this call". Read from the analysis.
 */
import type { AnalyzedEgress, Localized } from '../engine/index';
export { sendsPersonalData } from '../engine/index';
import type { Lang } from './locale';

/** The recipient as the catalogue names it: the vendor whose host matched, else the vendor of the call. */
export function vendorOf(e: AnalyzedEgress): string {
  return e.call.destination.vendor?.name ?? e.call.entry.vendor;
}

/** Where the call goes, short: an ISO code (a policy destination with its country), mainland China, unresolved, internal. */
export function whereShort(e: AnalyzedEgress): Localized {
  const d = e.call.destination;
  if (d.status === 'internal') return { en: 'internal', zh: '内部' };
  if (d.status === 'unresolved') return { en: 'unresolved', zh: '去向不明' };
  if (e.verdict === 'domestic') return { en: 'mainland China', zh: '中国境内' };
  const named = d.destination ?? e.country ?? '?';
  const where = e.country && e.country !== named ? `${named} (${e.country})` : named;
  return { en: where, zh: where };
}

/** What the tags and the code say of the call, after the semicolon. */
export function coverText(e: AnalyzedEgress, line: (offset: number) => number): Localized {
  const c = e.cover;
  const on = c ? `@crossBorder ${c.tag.subjects[0]?.text ?? ''}`.trim() : '';
  const fn = c?.fn.name ? ` on ${c.fn.name}` : '';
  const fnZh = c?.fn.name ? `（${c.fn.name}）` : '';
  const at = c ? line(c.tag.span.start) + 1 : 0;
  switch (e.verdict) {
    case 'untagged':
    case 'unresolved':
      return { en: 'no @crossBorder covers this call', zh: '没有 @crossBorder 覆盖此调用' };
    case 'mismatch':
      return { en: `${on}${fn} (line ${at}) covers it but names another destination`, zh: `${on}${fnZh}（第 ${at} 行）覆盖此调用，但写的是另一个目的地` };
    case 'covered':
      return { en: `covered by ${on}${fn} (line ${at})`, zh: `已由 ${on}${fnZh}（第 ${at} 行）覆盖` };
    case 'domestic':
      return { en: 'stays in mainland China, not a transfer abroad', zh: '留在中国境内，不构成出境' };
    case 'internal':
      return { en: 'stays inside the network, not a transfer', zh: '不离开内部网络，不构成出境' };
    case 'no-data':
      return { en: 'no personal data is known to reach it', zh: '未发现个人信息传入此调用' };
  }
}

/** "contact.email -> SendGrid, api.sendgrid.com, US; no @crossBorder covers this call" */
export function egressLine(e: AnalyzedEgress, lang: Lang, line: (offset: number) => number): string {
  const what = e.call.categories.length ? e.call.categories.join(', ') : lang === 'zh' ? '（无个人信息）' : '(no personal data)';
  const sep = lang === 'zh' ? '，' : ', ';
  const parts = [vendorOf(e), e.call.destination.host, whereShort(e)[lang]].filter((p): p is string => !!p);
  return `${what} -> ${parts.join(sep)}${lang === 'zh' ? '；' : '; '}${coverText(e, line)[lang]}`;
}
