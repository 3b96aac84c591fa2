/**
 * The data map as one self-contained SVG: no script, no external font, image or stylesheet, for documents that
 * cannot draw Mermaid (a README image, a PDF). Colours are CSS classes reading custom properties: a host page
 * themes it by setting --pa-fg, --pa-bg, --pa-box, --pa-line, --pa-muted, --pa-sensitive, --pa-sensitive-box,
 * --pa-abroad, --pa-abroad-box and --pa-unmet on an ancestor; alone it follows the reader's light or dark scheme.
 * Every mark also says itself in words (sensitive, abroad, a warning line), so print in black and white reads too.
 */
import type { DataMap, MapNode } from './model';
import { layoutDataMap, LINE_HEIGHT, PAD_X, PAD_Y, type PlacedEdge, type PlacedNode, type Point } from './layout';
import { DETAIL_SIZE, mapTitle, T, textWidth, TITLE_SIZE, type Lang } from './labels';

const MARGIN = 16;
const HEAD = 56;
const LEGEND_GAP = 28;
const FONTS = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const v = (name: string) => `var(--pa-${name},var(--pa-auto-${name}))`;

const LIGHT = 'fg:#1f2328;muted:#59636e;bg:#ffffff;box:#f6f8fa;line:#818b98;sensitive:#8250df;sensitive-box:#fbefff;abroad:#0969da;abroad-box:#ddf4ff;unmet:#d1242f';
const DARK = 'fg:#e6edf3;muted:#9198a1;bg:#0d1117;box:#161b22;line:#6e7681;sensitive:#bc8cff;sensitive-box:#2b1f47;abroad:#58a6ff;abroad-box:#0c2d4f;unmet:#ff7b72';
const props = (pairs: string) => pairs.split(';').map((p) => `--pa-auto-${p.replace(':', ': ')}`).join('; ');

export const DATAMAP_CSS = [
  `.pa-datamap { ${props(LIGHT)} }`,
  `@media (prefers-color-scheme: dark) { .pa-datamap { ${props(DARK)} } }`,
  `.pa-datamap .pa-bg { fill: ${v('bg')} }`,
  `.pa-datamap text { fill: ${v('fg')} }`,
  `.pa-datamap .pa-title { font-size: 15px; font-weight: 600 }`,
  `.pa-datamap .pa-head, .pa-datamap .pa-d { fill: ${v('muted')} }`,
  `.pa-datamap .pa-head { font-size: 12px; font-weight: 600 }`,
  `.pa-datamap .pa-t { font-size: ${TITLE_SIZE}px; font-weight: 600 }`,
  `.pa-datamap .pa-d, .pa-datamap .pa-u, .pa-datamap .pa-legend text { font-size: ${DETAIL_SIZE}px }`,
  `.pa-datamap .pa-u { fill: ${v('unmet')}; font-weight: 600 }`,
  `.pa-datamap .pa-box { fill: ${v('box')}; stroke: ${v('line')}; stroke-width: 1.2 }`,
  `.pa-datamap .pa-abroad .pa-box { fill: ${v('abroad-box')}; stroke: ${v('abroad')} }`,
  `.pa-datamap .pa-sensitive .pa-box { fill: ${v('sensitive-box')}; stroke: ${v('sensitive')}; stroke-width: 2 }`,
  `.pa-datamap .pa-untagged .pa-box { stroke-dasharray: 6 4 }`,
  `.pa-datamap .pa-unmet .pa-box { stroke: ${v('unmet')}; stroke-width: 2.5 }`,
  `.pa-datamap .pa-edge { fill: none; stroke: ${v('line')}; stroke-width: 1.3 }`,
  `.pa-datamap .pa-edge.pa-sensitive { stroke: ${v('sensitive')}; stroke-opacity: 0.75 }`,
  `.pa-datamap .pa-edge.pa-untagged { stroke-dasharray: 6 4 }`,
  `.pa-datamap .pa-edge.pa-unmet { stroke: ${v('unmet')}; stroke-opacity: 1; stroke-width: 2.2 }`,
  `.pa-datamap .pa-arrow { fill: ${v('line')} }`,
  `.pa-datamap .pa-arrow.pa-sensitive { fill: ${v('sensitive')} }`,
  `.pa-datamap .pa-arrow.pa-unmet { fill: ${v('unmet')} }`,
  `.pa-datamap [data-node] { cursor: pointer }`,
].join('\n');

/** XML text: markup characters escaped, characters XML 1.0 forbids (and lone surrogates) replaced. */
export function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** A smooth line through the points: each stretch a cubic curve leaving and arriving horizontally. */
function pathOf(points: Point[]): string {
  if (points.length === 0) return '';
  let d = `M${num(points[0].x)} ${num(points[0].y)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const half = (b.x - a.x) / 2;
    d += `C${num(a.x + half)} ${num(a.y)} ${num(b.x - half)} ${num(b.y)} ${num(b.x)} ${num(b.y)}`;
  }
  return d;
}

function markClasses(marks: { sensitive?: boolean; abroad?: boolean; untagged?: boolean; unmet?: boolean }): string {
  return Object.entries(marks)
    .filter(([, on]) => on)
    .map(([k]) => ` pa-${k}`)
    .join('');
}

/** What a pointer on a box shows: the node's lines and where it is written. */
function tooltip(n: MapNode, lines: string[]): string {
  const places = n.places.slice(0, 6).map((p) => (p.kind === 'code' ? `${p.file}:${p.line} ${p.declaration}` : `${p.file}: ${p.path.join('.')}`));
  if (n.places.length > 6) places.push('…');
  return [...lines, ...places].join('\n');
}

function nodeSvg(p: PlacedNode): string {
  const n = p.node;
  const cls = `pa-node pa-${n.kind}${markClasses({ sensitive: n.sensitive, abroad: n.abroad, untagged: n.untagged, unmet: n.unmet.length > 0 })}`;
  const rx = n.kind === 'category' ? 12 : n.kind === 'recipient' ? 8 : 3;
  let y = p.y + PAD_Y;
  const spans = p.lines.map((l) => {
    y += LINE_HEIGHT[l.role];
    const c = l.role === 'title' ? 'pa-t' : l.role === 'detail' ? 'pa-d' : 'pa-u';
    return `<tspan class="${c}" x="${num(p.x + PAD_X)}" y="${num(y - 4)}">${xml(l.text)}</tspan>`;
  });
  return [
    `<g class="${cls}" data-node="${n.ref}">`,
    `<title>${xml(tooltip(n, p.lines.map((l) => l.text)))}</title>`,
    `<rect class="pa-box" x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${rx}"/>`,
    `<text>${spans.join('')}</text>`,
    '</g>',
  ].join('');
}

function edgeSvg(p: PlacedEdge): string {
  const e = p.edge;
  const marker = e.unmet ? 'pa-arrow-unmet' : e.sensitive ? 'pa-arrow-sensitive' : 'pa-arrow';
  const cls = `pa-edge${markClasses({ sensitive: e.sensitive, untagged: e.untagged, unmet: e.unmet })}`;
  return `<path class="${cls}" d="${pathOf(p.points)}" marker-end="url(#${marker})"><title>${xml(e.categories.join(', '))}</title></path>`;
}

function marker(id: string, cls: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path class="pa-arrow${cls}" d="M0 0L10 5L0 10z"/></marker>`;
}

/** The legend's items, wrapped to the width: a swatch and its words each. */
function legend(lang: Lang, width: number): { svg: string; height: number } {
  const t = T[lang].legend;
  const items: [string, string][] = [
    ['pa-node pa-sensitive', t.sensitive],
    ['pa-node pa-abroad', t.abroad],
    ['pa-node pa-untagged', t.untagged],
    ['pa-node pa-unmet', t.unmet],
  ];
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const [cls, text] of items) {
    const w = 24 + 6 + textWidth(text, DETAIL_SIZE);
    if (x > 0 && x + w > width) {
      x = 0;
      y += 22;
    }
    out.push(`<g class="${cls}"><rect class="pa-box" x="${num(x)}" y="${y}" width="24" height="14" rx="3"/><text x="${num(x + 30)}" y="${y + 11}">${xml(text)}</text></g>`);
    x += w + 20;
  }
  return { svg: out.join(''), height: y + 14 };
}

export function dataMapSvg(map: DataMap, lang: Lang): string {
  const t = T[lang];
  const layout = layoutDataMap(map, lang);
  const inner = Math.max(layout.width, 560);
  const key = legend(lang, inner);
  const body = map.nodes.length ? layout.height : 20;
  const width = inner + 2 * MARGIN;
  const height = MARGIN + HEAD + body + LEGEND_GAP + key.height + MARGIN;
  const title = mapTitle(map, lang);
  const heads = layout.columns.map((c) => `<text class="pa-head" x="${num(MARGIN + c.x)}" y="${MARGIN + HEAD - 12}">${xml(t.columns[c.kind])}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="pa-datamap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="pa-map-title" font-family="${xml(FONTS)}">`,
    `<title id="pa-map-title">${xml(title)}</title>`,
    `<style>\n${DATAMAP_CSS}\n</style>`,
    `<defs>${marker('pa-arrow', '')}${marker('pa-arrow-sensitive', ' pa-sensitive')}${marker('pa-arrow-unmet', ' pa-unmet')}</defs>`,
    `<rect class="pa-bg" width="${width}" height="${height}"/>`,
    `<text class="pa-title" x="${MARGIN}" y="${MARGIN + 14}">${xml(title)}</text>`,
    heads.join(''),
    `<g transform="translate(${MARGIN} ${MARGIN + HEAD})">`,
    map.nodes.length ? '' : `<text class="pa-d" x="0" y="14">${xml(t.empty)}</text>`,
    `<g class="pa-edges">${layout.edges.map(edgeSvg).join('')}</g>`,
    `<g class="pa-nodes">${layout.nodes.map(nodeSvg).join('')}</g>`,
    '</g>',
    `<g class="pa-legend" transform="translate(${MARGIN} ${MARGIN + HEAD + body + LEGEND_GAP})">${key.svg}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

