/**
 * Code lenses: above an annotated type, how many personal data fields it has and how many are sensitive;
 * above a @crossBorder function, where the data goes and under which mechanism, until when.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { CodeLens } from 'vscode-languageserver';
import type { Policy } from '../engine/policy/model';
import { extractTags, mightContainTags, parseSource } from '../engine/extract/extractTags';
import { resolvePersonalData, resolveTransfer } from '../engine/analysis/resolve';
import { Taxonomy } from '../engine/taxonomy/taxonomy';
import { LineIndex } from '../engine/text/lineIndex';
import { walkNodes } from '../engine/extract/nodes';
import type { Lang } from './locale';

let defaultTaxonomy: Taxonomy | undefined;

const MECHANISM_NAMES: Record<string, { en: string; zh: string }> = {
  'security-assessment': { en: 'security assessment', zh: '安全评估' },
  'standard-contract': { en: 'standard contract', zh: '标准合同' },
  certification: { en: 'certification', zh: '认证' },
  exempt: { en: 'exempt', zh: '豁免' },
};

function lens(index: LineIndex, offset: number, title: string): CodeLens {
  const pos = index.positionAt(offset);
  return { range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: 0 } }, command: { title, command: '' } };
}

export function codeLenses(text: string, fileName: string, policy: Policy | undefined, lang: Lang): CodeLens[] {
  if (!mightContainTags(text)) return [];
  const sf = parseSource(text, fileName);
  const tags = extractTags(text, fileName, sf).tags;
  if (tags.length === 0) return [];
  const taxonomy = policy?.taxonomy ?? (defaultTaxonomy ??= new Taxonomy());
  const index = new LineIndex(text);
  const zh = lang === 'zh';
  const lenses: CodeLens[] = [];

  // Types: the tags whose declaration lies inside the type (its own tag and its members').
  walkNodes(sf, (node) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name) {
      const start = node.getStart(sf);
      const inside = tags.filter((t) => t.tag === 'personalData' && t.declaration.nameSpan.start >= node.name!.getStart(sf) && t.declaration.nameSpan.end <= node.end);
      if (inside.length) {
        const fields = new Set<number>();
        const sensitive = new Set<number>();
        for (const t of inside) {
          const r = resolvePersonalData(t, policy, taxonomy);
          fields.add(t.declaration.nameSpan.start);
          if (r.sensitive.length) sensitive.add(t.declaration.nameSpan.start);
        }
        const n = fields.size;
        const s = sensitive.size;
        const title = zh ? `${n} 个个人信息字段${s ? ` · ${s} 个敏感` : ''}` : `${n} personal data field${n === 1 ? '' : 's'}${s ? ` · ${s} sensitive` : ''}`;
        lenses.push(lens(index, start, title));
      }
    }
  });

  for (const t of tags) {
    if (t.tag !== 'crossBorder' || t.subjects.length === 0) continue;
    const r = resolveTransfer(t, text, policy, taxonomy);
    if (r.domestic) continue;
    const mech = r.mechanism ? MECHANISM_NAMES[r.mechanism.value]?.[lang] ?? r.mechanism.value : zh ? '未说明机制' : 'no mechanism';
    const until = r.destination?.validUntil ? (zh ? `，有效期至 ${r.destination.validUntil}` : ` until ${r.destination.validUntil}`) : '';
    lenses.push(lens(index, t.declaration.nameSpan.start, `→ ${r.destinationWord.text} · ${mech}${until}`));
  }
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
}
