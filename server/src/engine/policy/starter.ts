/**
 * A starter policy proposed from the code: the categories the detector and existing tags find, and one
 * purpose per module that handles personal data, each with the categories found there. Commented so a tech
 * lead can review it; valid as written.
 */
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { comment, policyPreamble } from './template';

export interface Observation {
  /** A module name to propose a purpose for, e.g. "orders" from src/orders.ts. */
  module: string;
  category: string;
  /** Where it was seen, for the comment. */
  where: string;
  /** Found by an existing tag (true) or guessed by the detector (false). */
  tagged: boolean;
  /** A purpose= an existing tag already names. */
  purpose?: string;
}

const SENSITIVE = new Set(BUILTIN_CATEGORIES.filter((c) => c.sensitive).map((c) => c.id));
const KNOWN = new Set(BUILTIN_CATEGORIES.map((c) => c.id));
const MAX_PURPOSES = 12;

/** A purpose id from a module name: "order-service" -> "orderService". */
export function purposeId(module: string): string {
  const words = module.replace(/\.(test|spec)$/, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z]/.test(id) ? id : `p${id}`;
}

export function starterPolicy(observations: Observation[], lang: 'en' | 'zh', handler = 'Example Co., Ltd.'): string {
  const zh = lang === 'zh';
  const c = (en: string, cn: string) => comment(lang, en, cn);
  const categories = [...new Set(observations.map((o) => o.category).filter((id) => KNOWN.has(id)))].sort();
  const byPurpose = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!KNOWN.has(o.category)) continue;
    const id = o.purpose ?? purposeId(o.module);
    byPurpose.set(id, [...(byPurpose.get(id) ?? []), o]);
  }
  const purposes = [...byPurpose.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_PURPOSES);
  const sensitive = categories.filter((id) => SENSITIVE.has(id));
  const lines: string[] = [
    c('Policy file proposed by `privacy-annotations init` from what it found in the code.', '由 `privacy-annotations init` 根据代码中发现的内容生成的政策文件草案。'),
    c('Review every line: purposes, legal bases and retention periods are decisions, not findings.', '请逐行审核：处理目的、合法性基础和保存期限需要人工决定，而不是检查结果。'),
    ...policyPreamble(lang, handler),
    'categories:',
  ];
  if (categories.length) {
    lines.push(`  ${c(`${categories.length} categories found in the code${sensitive.length ? `, ${sensitive.length} sensitive (PIPL Art. 28): ${sensitive.join(', ')}` : ''}.`, `代码中发现 ${categories.length} 个类别${sensitive.length ? `，其中敏感个人信息 ${sensitive.length} 个（《个人信息保护法》第二十八条）：${sensitive.join('、')}` : ''}。`)}`);
    lines.push(`  allow: [${categories.join(', ')}]`);
  } else {
    lines.push(`  ${c('No personal data was found in the code; list what the project may process.', '代码中未发现个人信息；请列出项目可以处理的类别。')}`);
    lines.push('  allow: [identity.*, contact.*]');
  }
  lines.push('  sensitive: []', '');
  lines.push(c('Processing purposes, referred to by purpose= in tags. Proposed: one per module that handles personal data.', '处理目的，在标签中以 purpose= 引用。草案：每个处理个人信息的模块一个目的。'));
  if (purposes.length === 0) {
    lines.push('purposes:', '  account:', `    description: ${zh ? '创建和运营用户账户' : 'Create and run the customer account'}`, '    basis: contract', '    categories: [identity.name, contact.*]', '    retention: 3y');
  } else {
    lines.push('purposes:');
    for (const [id, obs] of purposes) {
      const cats = [...new Set(obs.map((o) => o.category))].sort();
      const places = [...new Set(obs.map((o) => o.where))].slice(0, 3);
      lines.push(`  ${id}:`);
      lines.push(`    ${c(`found in ${places.join(', ')}${obs.some((o) => !o.tagged) ? ' (some by name only: check them)' : ''}`, `见于 ${places.join('、')}${obs.some((o) => !o.tagged) ? '（部分仅根据名称推测，请核对）' : ''}`)}`);
      lines.push(`    description: ${JSON.stringify(zh ? `${id} 模块处理的个人信息` : `Personal information handled by ${id}`)}`);
      lines.push(`    ${c('basis: contract | consent | separate-consent | guardian-consent | hr | legal-duty | emergency | news | public-info | other-law', 'basis：合法性基础（《个人信息保护法》第十三条），请从以上取值中选择')}`);
      lines.push(`    categories: [${cats.join(', ')}]`);
      lines.push(`    retention: 1y   ${c('the shortest period the purpose needs (PIPL Art. 19)', '实现处理目的所必要的最短时间（《个人信息保护法》第十九条）')}`);
    }
  }
  lines.push('');
  lines.push(c('Transfers out of mainland China (PIPL Arts. 38-40): add each destination with its mechanism.', '向中国境外提供个人信息（《个人信息保护法》第三十八条至第四十条）：逐一添加目的地及其出境机制。'));
  lines.push('crossBorder:', '  importantData: false', `  volume: { individuals: 0, sensitiveIndividuals: 0 }   ${c('individuals whose non-sensitive / sensitive PI was provided abroad since 1 January this year', '自当年1月1日起累计向境外提供非敏感 / 敏感个人信息的人数')}`, '  destinations: {}', '');
  lines.push('rules: {}', '');
  return lines.join('\n');
}
