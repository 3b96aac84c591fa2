/**
 * The data map as a Mermaid flowchart (GitHub, GitLab and most Markdown viewers draw it). Node ids are the
 * map's own refs (c0, p1...), never user text; labels keep letters, digits and plain punctuation and write
 * every other character as a Mermaid entity code (#60; for <), so no label can close its quotes, start a
 * Markdown string, inject HTML or end the fenced block around it.
 */
import type { DataMap, MapNode } from './model';
import { nodeLines, T, type Lang } from './labels';

/** Classes and their colours: readable on GitHub's light and dark themes alike. */
const CLASS_DEFS: Record<string, string> = {
  sensitive: 'fill:#fbefff,stroke:#8250df,stroke-width:2px,color:#1f2328',
  abroad: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
  untagged: 'stroke-dasharray:6 4',
  unmet: 'stroke:#d1242f,stroke-width:3px',
};
const UNMET_LINK = 'stroke:#d1242f,stroke-width:2px';
const SENSITIVE_LINK = 'stroke:#8250df';

export function mermaidText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[^\p{L}\p{N} .,:()/+\-·…⚠@_]/gu, (ch) => `#${ch.codePointAt(0)};`);
}

function shape(n: MapNode, label: string): string {
  switch (n.kind) {
    case 'category': return `(["${label}"])`;
    case 'purpose': return `["${label}"]`;
    case 'destination': return `{{"${label}"}}`;
    case 'recipient': return `("${label}")`;
  }
}

export function dataMapMermaid(map: DataMap, lang: Lang): string {
  const out = ['flowchart LR'];
  if (map.nodes.length === 0) out.push(`  none["${mermaidText(T[lang].empty)}"]`);
  for (const n of map.nodes) out.push(`  ${n.ref}${shape(n, nodeLines(n, lang).map((l) => mermaidText(l.text)).join('<br>'))}`);
  const unmetLinks: number[] = [];
  const sensitiveLinks: number[] = [];
  map.edges.forEach((e, i) => {
    out.push(`  ${e.from} ${e.untagged ? '-.->' : e.unmet ? '==>' : '-->'} ${e.to}`);
    if (e.unmet) unmetLinks.push(i);
    else if (e.sensitive) sensitiveLinks.push(i);
  });
  const classes: [string, (n: MapNode) => boolean][] = [
    ['sensitive', (n) => n.sensitive],
    ['abroad', (n) => n.abroad],
    ['untagged', (n) => n.untagged],
    ['unmet', (n) => n.unmet.length > 0],
  ];
  const used = classes.map(([name, has]) => [name, map.nodes.filter(has).map((n) => n.ref)] as const).filter(([, refs]) => refs.length > 0);
  for (const [name] of used) out.push(`  classDef ${name} ${CLASS_DEFS[name]}`);
  for (const [name, refs] of used) out.push(`  class ${refs.join(',')} ${name}`);
  if (sensitiveLinks.length) out.push(`  linkStyle ${sensitiveLinks.join(',')} ${SENSITIVE_LINK}`);
  if (unmetLinks.length) out.push(`  linkStyle ${unmetLinks.join(',')} ${UNMET_LINK}`);
  return out.join('\n') + '\n';
}
