/** Compact citation lists for one-line output: "PIPL Art. 28, 29; CBDF2024 Art. 8". */
import type { Citation } from '../../engine/types';
import { formatCitation } from '../../engine/law/citations';
import type { Lang } from '../report';

export function citationsText(citations: Citation[], lang: Lang): string {
  if (lang === 'zh') return citations.map((c) => formatCitation(c, 'zh')).join('、');
  const byLaw = new Map<string, number[]>();
  for (const c of citations) {
    const list = byLaw.get(c.law) ?? [];
    if (!list.includes(c.article)) list.push(c.article);
    byLaw.set(c.law, list);
  }
  return [...byLaw].map(([law, arts]) => `${law} Art. ${arts.join(', ')}`).join('; ');
}
