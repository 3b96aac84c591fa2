/**
 * Hover on the name of a @crossBorder function: every category that leaves with it, sensitive first,
 * and where each comes from (the tag, the policy's destination, or a parameter's type in some file).
 */
import * as path from 'node:path';
import {
  type ParameterReach,
  type ParsedTag,
  requirementBasis,
  type ResolvedTransfer,
  withReaching,
} from '../engine/index';
import { HoverDoc, both, code, colon, paren, tr, type HoverEnv, type HoverResult } from './hoverMarkdown';
import { mechanismName, requiredName } from './hoverDestination';

interface Leaving {
  category: string;
  sources: string[];
  declared: boolean;
}

export function transferHover(tag: ParsedTag, resolved: ResolvedTransfer, parameters: ParameterReach[], env: HoverEnv, fileName: string): HoverResult {
  const { lang, taxonomy } = env;
  // What reaches the parameters leaves too: the mechanism required counts it, as the checks do (a no-op when the
  // analysis already counted them).
  const r = withReaching(resolved, parameters, taxonomy);
  const minors = new Set(r.minorsSent);
  const sensitive = new Set(r.sensitiveSent);
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
  const isSensitive = (id: string) => sensitive.has(id) || taxonomy.isSensitive(id);
  const sorted = [...leaving.values()].sort((a, b) => Number(isSensitive(b.category)) - Number(isSensitive(a.category)) || a.category.localeCompare(b.category));
  if (sorted.length === 0) {
    doc.para(tr(lang, 'No category is declared, and no tagged personal data reaches its parameters.', '未声明任何类别，参数中也没有带标注的个人信息。'));
  }
  doc.section('What leaves', '出境的个人信息');
  for (const l of sorted) {
    // Why it is sensitive: a minor's data is, whatever its category (PIPL Art. 28).
    const mark = minors.has(l.category)
      ? tr(lang, ` — **sensitive**: a minor's (under 14, ${doc.cite({ law: 'PIPL', article: 28 })})`, ` — **敏感**：不满十四周岁未成年人的个人信息（${doc.cite({ law: 'PIPL', article: 28 })}）`)
      : isSensitive(l.category)
        ? tr(lang, ' — **sensitive**', ' — **敏感**')
        : '';
    const undeclared = l.declared ? '' : tr(lang, ' — **not declared**', ' — **未声明**');
    doc.bullet(`${code(l.category)} ${both(taxonomy.label(l.category), lang)}${mark}${undeclared}`);
    for (const s of l.sources.slice(0, 3)) doc.sub(s);
  }
  if (r.minor) doc.para(tr(lang, `${code('subject=minor')}: what this function sends is a minor's (under 14), all of it sensitive.`, `${code('subject=minor')}：此函数提供的是不满十四周岁未成年人的个人信息，均属敏感个人信息。`));
  doc.section('Mechanism', '出境机制');
  doc.bullet(`${tr(lang, 'Required', '法定要求')}${colon(lang)}**${requiredName(r, lang)}**${paren(lang, doc.cite(...requirementBasis(r.requirement)))}`);
  for (const reason of r.requirement.reasons) doc.sub(reason[lang]);
  doc.cite(...r.requirement.citations);
  if (r.mechanism) doc.bullet(`${tr(lang, 'Declared', '已声明')}${colon(lang)}${mechanismName(r.mechanism.value, lang)}${paren(lang, code('mechanism=' + r.mechanism.value))}`);
  doc.cite({ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 });
  return { markdown: doc.render(), span: tag.declaration.nameSpan };
}
