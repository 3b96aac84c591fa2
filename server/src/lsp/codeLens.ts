/**
 * Code lenses: above an annotated type, how many personal data fields it has and how many are sensitive;
 * above a @crossBorder function, where the data goes and under which mechanism, until when; above a function
 * holding outbound calls that carry personal data, where each goes and to whom (tagged or not).
 */
import type { CodeLens } from 'vscode-languageserver';
import { type AnalyzedEgress, type DocumentAnalysis, LineIndex, mechanismName, taggedTypes } from '../engine/index';
import { sendsPersonalData, vendorOf, whereShort } from './egressText';
import type { Lang } from './locale';

function lens(index: LineIndex, offset: number, title: string): CodeLens {
  const pos = index.positionAt(offset);
  return { range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: 0 } }, command: { title, command: '' } };
}

/** The lenses of a document, from its analysis (its tree, tags and what they resolve to). */
export function codeLenses(analysis: DocumentAnalysis, lang: Lang): CodeLens[] {
  const { text, tags } = analysis;
  if (tags.length === 0 && analysis.egress.length === 0) return [];
  const index = new LineIndex(text);
  const zh = lang === 'zh';
  const lenses: CodeLens[] = [];

  for (const t of taggedTypes(analysis)) {
    const n = t.fields;
    const s = t.sensitive;
    lenses.push(lens(index, t.start, zh ? `${n} 个个人信息字段${s ? ` · ${s} 个敏感` : ''}` : `${n} personal data field${n === 1 ? '' : 's'}${s ? ` · ${s} sensitive` : ''}`));
  }

  for (const t of tags) {
    const resolved = analysis.resolved.get(t);
    if (resolved?.kind !== 'crossBorder' || resolved.r.domestic) continue;
    const r = resolved.r;
    const mech = r.mechanism ? mechanismName(r.mechanism.value, lang) : zh ? '未说明机制' : 'no mechanism';
    const until = r.destination?.validUntil ? (zh ? `，有效期至 ${r.destination.validUntil}` : ` until ${r.destination.validUntil}`) : '';
    lenses.push(lens(index, t.declaration.nameSpan.start, `→ ${r.destinationWord.text} · ${mech}${until}`));
  }
  lenses.push(...egressLenses(analysis.egress, index, lang));
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
}

/**
 * One lens per function holding outbound calls that carry personal data (a call outside any function gets its own):
 * "2 outbound calls carry personal data: US (SendGrid), unresolved (Fetch API)".
 */
function egressLenses(egress: readonly AnalyzedEgress[], index: LineIndex, lang: Lang): CodeLens[] {
  const byPlace = new Map<number, AnalyzedEgress[]>();
  for (const e of egress) {
    if (!sendsPersonalData(e)) continue;
    const fn = e.call.enclosing;
    const at = fn ? (fn.nameSpan ?? fn.span).start : e.call.span.start;
    byPlace.set(at, [...(byPlace.get(at) ?? []), e]);
  }
  return [...byPlace].map(([at, calls]) => {
    const where = [...new Set(calls.map((e) => (lang === 'zh' ? `${whereShort(e).zh}（${vendorOf(e)}）` : `${whereShort(e).en} (${vendorOf(e)})`)))];
    const n = calls.length;
    const title = lang === 'zh'
      ? `${n} 个外发调用携带个人信息：${where.join('、')}`
      : `${n} outbound call${n === 1 ? ' carries' : 's carry'} personal data: ${where.join(', ')}`;
    return lens(index, at, title);
  });
}
