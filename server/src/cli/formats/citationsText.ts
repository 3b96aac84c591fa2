/** Compact citation lists for one-line output: "PIPL Art. 28, 29; CBDF2024 Art. 8" / "《个人信息保护法》第二十八条、第二十九条". */
import { type Citation, formatCitations } from '../../engine/index';
import type { Lang } from '../report';

export function citationsText(citations: Citation[], lang: Lang): string {
  return formatCitations(citations, lang);
}
