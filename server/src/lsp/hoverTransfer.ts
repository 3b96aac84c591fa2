/**
 * Hover on the name of a @crossBorder function: every category that leaves with it, sensitive first,
 * and where each comes from (the tag, the policy's destination, or a parameter's type in some file).
 */
import * as path from 'node:path';
import type { ParsedTag } from '../engine/types';
import type { ResolvedTransfer } from '../engine/resolve/resolve';
import type { ParameterReach } from '../engine/xref/reaching';
import { HoverDoc, both, code, tr, type HoverEnv, type HoverResult } from './hoverMarkdown';

interface Leaving {
  category: string;
  sources: string[];
  declared: boolean;
}

export function transferHover(tag: ParsedTag, r: ResolvedTransfer, parameters: ParameterReach[], env: HoverEnv, fileName: string): HoverResult {
  const { lang, taxonomy } = env;
  const leaving = new Map<string, Leaving>();
  const add = (category: string, source: string, declared: boolean) => {
    const l = leaving.get(category) ?? { category, sources: [], declared: false };
    if (!l.sources.includes(source)) l.sources.push(source);
    l.declared ||= declared;
    leaving.set(category, l);
  };
  for (const ref of r.sent) {
    const source = r.sentFrom === 'tag' ? tr(lang, 'declared in categories=', '在 categories= 中声明') : tr(lang, `the policy's destination ${r.destination?.id}`, `政策文件的目的地 ${r.destination?.id}`);
    for (const id of ref.members.length ? ref.members : [ref.id]) add(id, source, true);
  }
  const covered = (id: string) => [...leaving.values()].some((l) => l.declared && l.category === id);
  for (const p of parameters) {
    for (const reached of p.reached) {
      const members = taxonomy.expand(reached.category);
      const where = `${code(reached.via)} ← ${code(reached.declaredAs)} (${path.relative(path.dirname(fileName), reached.file) || path.basename(reached.file)})`;
      for (const id of members.length ? members : [reached.category]) add(id, where, covered(id));
    }
  }
  const doc = new HoverDoc(lang);
  const dest = r.destinationWord.text;
  doc.heading(tr(lang, `${code(tag.declaration.name)} sends personal data to ${dest}`, `${code(tag.declaration.name)} 向 ${dest} 提供个人信息`));
  const sorted = [...leaving.values()].sort((a, b) => Number(taxonomy.isSensitive(b.category)) - Number(taxonomy.isSensitive(a.category)) || a.category.localeCompare(b.category));
  if (sorted.length === 0) {
    doc.para(tr(lang, 'No category is declared, and no tagged personal data reaches its parameters.', '未声明任何类别，参数中也没有带标注的个人信息。'));
  }
  doc.section('What leaves', '出境的个人信息');
  for (const l of sorted) {
    const sensitive = taxonomy.isSensitive(l.category) ? tr(lang, ' — **sensitive**', ' — **敏感**') : '';
    const undeclared = l.declared ? '' : tr(lang, ' — **not declared**', ' — **未声明**');
    doc.bullet(`${code(l.category)} ${both(taxonomy.label(l.category), lang)}${sensitive}${undeclared}`);
    for (const s of l.sources.slice(0, 3)) doc.sub(s);
  }
  doc.section('Mechanism', '出境机制');
  doc.bullet(tr(lang, `required: ${r.requirement.mechanism}`, `法定要求：${r.requirement.mechanism}`) + ` (${doc.cite(r.requirement.basis)})`);
  if (r.mechanism) doc.bullet(tr(lang, `declared: ${r.mechanism.value}`, `已声明：${r.mechanism.value}`));
  doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 });
  return { markdown: doc.render(), span: tag.declaration.nameSpan };
}
