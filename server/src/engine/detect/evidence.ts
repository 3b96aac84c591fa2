/** One piece of evidence that a declaration holds personal data, from its name, its documentation or its type. */
import type { Term } from './lexicon';

export type Source = 'name' | 'doc' | 'type';

export interface Evidence {
  category: string;
  /** 0..1. */
  score: number;
  source: Source;
  /** What matched, as written in the name/doc/type (lowercase words joined, or the Chinese word). */
  matched: string;
  kind: 'en' | 'pinyin' | 'initials' | 'zh';
  zh?: string;
  term?: Term;
  /** An ambiguous term made clear by what follows it (fingerprint template). */
  strong?: boolean;
  /** A state that is itself personal data, so also as a flag (阳性). */
  attribute?: boolean;
}
