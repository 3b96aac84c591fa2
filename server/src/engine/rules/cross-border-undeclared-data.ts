import type { Rule } from './rule';
import { list } from './rule';
import type { RelatedPlace } from '../types';
import { matchesAny } from '../taxonomy/taxonomy';
import { LineIndex } from '../text/lineIndex';

export const rule: Rule = {
  meta: {
    id: 'cross-border-undeclared-data',
    defaultSeverity: 'error',
    title: { en: 'Personal data reaches a @crossBorder function but is not declared as sent', zh: '个人信息经参数进入 @crossBorder 函数，但未声明为出境类别' },
    citations: [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 }],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
  },
  crossBorder: (t, ctx) => {
    if (!t.parameters) return;
    const covered = t.sent.flatMap((ref) => (t.sentFrom === 'tag' ? (ref.members.length ? ref.members : [ref.id]) : [ref.id]));
    const isCovered = (id: string) => {
      const members = ctx.taxonomy.expand(id);
      return (members.length ? members : [id]).every((m) => matchesAny(covered, m));
    };
    const categoriesParam = t.tag.params.find((p) => p.key === 'categories');
    for (const param of t.parameters) {
      const missing = new Map<string, typeof param.reached>();
      for (const r of param.reached) {
        if (isCovered(r.category)) continue;
        missing.set(r.category, [...(missing.get(r.category) ?? []), r]);
      }
      if (missing.size === 0) continue;
      // Sensitive first, as a reader weighs them first.
      const ids = [...missing.keys()].sort((a, b) => Number(ctx.taxonomy.isSensitive(b)) - Number(ctx.taxonomy.isSensitive(a)) || a.localeCompare(b));
      const where = t.sentFrom === 'tag' ? 'the tag\'s categories=' : t.sentFrom === 'destination' ? `the destination "${t.destination?.id}" in the policy` : 'any categories= (none is given)';
      const whereZh = t.sentFrom === 'tag' ? '标签的 categories=' : t.sentFrom === 'destination' ? `政策文件中目的地“${t.destination?.id}”的类别` : '任何 categories=（未声明）';
      const related: RelatedPlace[] = [];
      const indexes = new Map<string, LineIndex>();
      for (const id of ids) {
        for (const r of missing.get(id)!.slice(0, 3)) {
          const text = ctx.readText?.(r.file);
          if (text === undefined) continue;
          let index = indexes.get(r.file);
          if (!index) indexes.set(r.file, (index = new LineIndex(text)));
          related.push({
            file: r.file,
            range: { start: index.positionAt(r.span.start), end: index.positionAt(r.span.end) },
            message: { en: `${id} declared on ${r.declaredAs} (reaches as ${r.via})`, zh: `${id} 声明于 ${r.declaredAs}（经 ${r.via} 传入）` },
          });
        }
      }
      // With categories= on the tag, add what is missing; otherwise declare everything that reaches the function.
      const all = t.sentFrom === 'tag' ? [...new Set([...categoriesParam!.value.split(',').filter(Boolean), ...ids])] : [...new Set(param.reached.map((r) => r.category))];
      ctx.report({
        span: param.nameSpan,
        message: {
          en: `Personal data reaches "${param.name}" but is not declared as sent to ${t.destinationWord.text}: ${list(ids, 'en')} (not in ${where}). Declare every category that leaves (PIPL Arts. 38, 39), or stop passing it.`,
          zh: `个人信息经“${param.name}”进入此函数，但未声明为向 ${t.destinationWord.text} 提供：${list(ids, 'zh')}（不在${whereZh}中）。请声明所有出境的个人信息种类（《个人信息保护法》第三十八条、第三十九条），或不再传入这些信息。`,
        },
        related,
        // Declaring what leaves is a statement about the transfer: offered, never applied in bulk.
        fix: { kind: 'setParam', tagSpan: t.tag.span, key: 'categories', value: all.join(','), existing: categoriesParam?.valueSpan },
      });
    }
  },
};
