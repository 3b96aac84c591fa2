/**
 * The hover on an outbound call: what leaves, for whom and where, why the destination was decided (or not), which
 * personal data reaches the call and on what evidence, and the @crossBorder covering it. Read from the document's
 * analysis (DocumentAnalysis.egress); nothing is analysed again.
 */
import { categoryText, placeName, LineIndex, type AnalyzedEgress, type DataEvidence, type DocumentAnalysis } from '../engine/index';
import { code, esc, HoverDoc, tr, type HoverResult, type Lang } from './hoverMarkdown';
import { egressLine, vendorOf } from './egressText';

/** The outbound call whose callee is under the offset (the innermost, for a call inside another's arguments). */
export function egressAt(analysis: DocumentAnalysis, offset: number): AnalyzedEgress | undefined {
  let best: AnalyzedEgress | undefined;
  for (const e of analysis.egress) {
    const c = e.call.callee;
    if (c.start <= offset && offset <= c.end && (!best || c.end - c.start < best.call.callee.end - best.call.callee.start)) best = e;
  }
  return best;
}

/** "**contact.email (email address)** · `customer.email` — why": one piece of evidence. */
function evidenceLine(ev: DataEvidence, lang: Lang): string {
  const path = ev.path ? ` · ${code(ev.path)}` : '';
  return `**${esc(categoryText(ev.category)[lang])}**${path}${lang === 'zh' ? '：' : ' — '}${esc(ev.reason[lang])}`;
}

export function egressHover(e: AnalyzedEgress, analysis: DocumentAnalysis, lang: Lang): HoverResult {
  const index = new LineIndex(analysis.text);
  const line = (o: number) => index.positionAt(o).line;
  const doc = new HoverDoc(lang);
  const d = e.call.destination;
  doc.heading(`${tr(lang, 'Outbound call', '外发调用')} · ${esc(vendorOf(e))}`);
  doc.para(esc(egressLine(e, lang, line)));

  doc.section('Where it goes', '去向');
  const where = d.status === 'resolved' ? placeName(e.verdict === 'domestic' ? 'domestic' : (d.destination ?? e.country ?? ''))[lang] : d.status === 'internal' ? tr(lang, 'internal', '内部') : tr(lang, 'unresolved', '去向不明');
  doc.bullet(`**${esc(where)}**${d.host ? ` · ${code(d.host)}` : ''}${d.region ? ` · ${code(d.region)}` : ''}`);
  doc.sub(esc(d.reason[lang]));

  // Strongest evidence first, one line per category.
  const shown = new Set<string>();
  doc.section('Personal data reaching it', '传入的个人信息');
  for (const ev of e.call.data) {
    if (shown.has(ev.category)) continue;
    shown.add(ev.category);
    doc.bullet(evidenceLine(ev, lang));
  }
  if (e.face) {
    doc.bullet(e.face === 'covered'
      ? tr(lang, 'Facial recognition: a `@personalData biometric.face` covers the face data.', '人脸识别：已有 `@personalData biometric.face` 覆盖人脸信息。')
      : tr(lang, 'Facial recognition: no `@personalData biometric.face` covers the face data it creates.', '人脸识别：其产生的人脸信息没有 `@personalData biometric.face` 标注。'));
  }

  const fn = e.call.enclosing;
  const name = fn?.name ? code(fn.name) : tr(lang, 'the function holding it', '所在函数');
  doc.section('What to do', '处理建议');
  if (e.verdict === 'untagged') {
    doc.bullet(tr(lang, `Declare the transfer with \`@crossBorder\` on ${name} (${doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 })}); the warning's quick fix writes it.`, `在 ${name} 上用 \`@crossBorder\` 声明此次出境（${doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 })}）；警告的快速修复可自动添加。`));
  } else if (e.verdict === 'unresolved') {
    doc.bullet(tr(lang, `Say where it goes: a \`crossBorder.hosts\` entry in the policy, or \`@crossBorder\` on ${name} (${doc.cite({ law: 'PIPL', article: 38 })}).`, `说明其去向：在政策文件的 \`crossBorder.hosts\` 中添加条目，或在 ${name} 上添加 \`@crossBorder\`（${doc.cite({ law: 'PIPL', article: 38 })}）。`));
  } else if (e.verdict === 'mismatch' && e.country) {
    doc.bullet(tr(lang, `The tag should name where the call goes, ${esc(placeName(e.country).en)} (${doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 })}).`, `标签应写明调用的实际去向：${esc(placeName(e.country).zh)}（${doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 })}）。`));
  }
  return { markdown: doc.render(), span: e.call.callee };
}
