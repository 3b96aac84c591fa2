/** What the data map says, in English and Chinese: node lines, the marks' reasons, column heads and the legend. */
import type { DataMap, MapNode, NodeKind, Unmet } from './model';

export type Lang = 'en' | 'zh';

export const T = {
  en: {
    title: 'Data map',
    columns: { category: 'Categories', purpose: 'Purposes', destination: 'Destinations', recipient: 'Recipients' } as Record<NodeKind, string>,
    sensitive: 'sensitive',
    abroad: 'abroad',
    domestic: 'in mainland China',
    unresolved: 'where: not in the code',
    untagged: 'no @crossBorder tag',
    until: 'until',
    legend: {
      sensitive: 'Sensitive personal information (PIPL Art. 28)',
      abroad: 'Destination or recipient abroad',
      untagged: 'Found in code, not tagged',
      unmet: 'Requirement not met',
    },
    empty: 'No personal data is annotated yet.',
  },
  zh: {
    title: '数据流向图',
    columns: { category: '个人信息类别', purpose: '处理目的', destination: '目的地', recipient: '接收方' } as Record<NodeKind, string>,
    sensitive: '敏感',
    abroad: '境外',
    domestic: '境内',
    unresolved: '去向：代码未写明',
    untagged: '未标注 @crossBorder',
    until: '有效期至',
    legend: {
      sensitive: '敏感个人信息（第二十八条）',
      abroad: '境外目的地或接收方',
      untagged: '代码中发现、未标注',
      unmet: '要求未满足',
    },
    empty: '尚无标注的个人信息。',
  },
};

export function unmetText(u: Unmet, lang: Lang): string {
  const zh = lang === 'zh';
  switch (u.kind) {
    case 'no-mechanism': return zh ? '无出境机制' : 'no transfer mechanism';
    case 'expired': return zh ? `已于 ${u.validUntil} 过期` : `expired ${u.validUntil}`;
    case 'destination-not-in-policy': return zh ? '政策文件未批准该目的地' : 'not approved in the policy';
    case 'purpose-not-in-policy': return zh ? '政策文件中未定义' : 'not defined in the policy';
    case 'category-not-in-taxonomy': return zh ? '未知类别' : 'unknown category';
    case 'no-purpose': return zh ? `${u.count} 处未说明目的` : `${u.count} declaration${u.count === 1 ? '' : 's'} without a purpose`;
  }
}

export function mapTitle(map: DataMap, lang: Lang): string {
  return map.handler ? `${T[lang].title} · ${map.handler}` : T[lang].title;
}

export interface Line {
  text: string;
  role: 'title' | 'detail' | 'unmet';
}

/**
 * Widths in em of one character, a little over DejaVu Sans (among the widest sans-serif fonts a reader may get):
 * CJK, full-width forms and symbols are square, Latin varies.
 */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300)) return 1;
  if (/[iljtfI.,:;!|'` ]/.test(ch)) return 0.34;
  if (/[mwMW@]/.test(ch)) return 0.94;
  if (/[A-Z0-9]/.test(ch)) return 0.68;
  return 0.58;
}

/** Estimated width of a line (no font is measured: the SVG must come out the same anywhere). Bold is about 14% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize * (bold ? 1.14 : 1);
}

/** The text cut to fit a width, with an ellipsis. */
export function fit(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > width) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/** Longest detail line, in px at the detail size: longer descriptions are cut. */
const MAX_DETAIL = 250;
export const TITLE_SIZE = 13;
export const DETAIL_SIZE = 11;

/** A node's lines, top to bottom. */
export function nodeLines(n: MapNode, lang: Lang): Line[] {
  const t = T[lang];
  const lines: Line[] = [];
  const detail = (text: string | undefined) => text && lines.push({ text: fit(text, MAX_DETAIL, DETAIL_SIZE), role: 'detail' });
  switch (n.kind) {
    case 'category': {
      const name = n.name?.[lang];
      lines.push({ text: name && name !== n.key ? name : n.key, role: 'title' });
      detail([name && name !== n.key ? n.key : '', n.sensitive ? t.sensitive : ''].filter(Boolean).join(' · '));
      break;
    }
    case 'purpose':
      lines.push({ text: n.key, role: 'title' });
      detail(n.description?.[lang]);
      break;
    case 'destination':
      lines.push({ text: n.country && n.country !== n.key ? `${n.key} (${n.country})` : n.key, role: 'title' });
      detail(n.abroad ? [n.name?.[lang], t.abroad].filter(Boolean).join(' · ') : n.unresolved ? t.unresolved : t.domestic);
      for (const m of n.mechanisms) detail(m);
      if (n.validUntil) detail(`${t.until} ${n.validUntil}`);
      break;
    case 'recipient':
      lines.push({ text: n.key, role: 'title' });
      detail(n.abroad ? t.abroad : n.unresolved ? t.unresolved : t.domestic);
      break;
  }
  if (n.untagged) detail(t.untagged);
  for (const u of n.unmet) lines.push({ text: `⚠ ${unmetText(u, lang)}`, role: 'unmet' });
  return lines;
}
