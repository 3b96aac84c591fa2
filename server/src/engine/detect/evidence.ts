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
  /** The word before the term that made it a person's or cleared it (customer, shipping). */
  qualifier?: string;
  /** The owner made it a person's (name in User), a thing's (avatarUrl in PublicTeam), or its words cleared it. */
  owner?: 'person' | 'thing' | 'words' | 'address';
  /** Documentation: whose it is, when the sentence says so ("Mentioned user's name", "Project avatar URL"). */
  possessor?: { word: string; person: boolean };
}

/** What is known around a name: its declared type, its documentation, its owner and siblings. */
export interface DetectContext {
  /** The declared type as written (`string`, `PhoneNumber | null`, `boolean`), or inferred from a literal. */
  typeText?: string;
  /** The documentation of the declaration (JSDoc text or a comment), without the comment markers. */
  doc?: string;
  /** The name of the enclosing interface, class, type alias, function or object property. */
  ownerName?: string;
  /** Names of the other members of the same owner (fields of the interface, parameters of the function). */
  siblings?: readonly string[];
}
