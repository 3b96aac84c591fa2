/**
 * Whether the words around a term speak of a person: the enclosing declaration's name (name in interface
 * User vs in ProductConfig, email in SignupFormErrors) and ambiguous person words (member in enumMember).
 */
import { splitWords } from './identifiers';
import {
  AMBIGUOUS_PERSON_WORDS,
  GENERIC_OWNER_SUFFIXES,
  META_OWNER_HEADS,
  NON_PERSON_OWNER_WORDS,
  PERSON_WORDS,
  TECH_CONTEXT,
  SEGMENT_VOCABULARY as VOCABULARY,
} from './lexicon';

export interface Owner {
  words: Set<string>;
  person: boolean;
  nonPerson: boolean;
  /** A programming word stands in the owner (EnumMember, RTCIceCandidate): ambiguous person words do not count. */
  tech: boolean;
  /** The owner maps fields to errors, labels, rules (SignupFormErrors): its members are not the data. */
  meta: boolean;
  /** The owner's head noun is a person (CreateUserDto, UserInfoVo, SysUser), not a thing of theirs (UserLocation). */
  headPerson: boolean;
}

export function ownerOf(ownerName: string | undefined): Owner | undefined {
  if (!ownerName) return undefined;
  const list = splitWords(ownerName, VOCABULARY);
  const words = new Set(list);
  const tech = list.some((w) => TECH_CONTEXT.has(w));
  let person = false;
  let nonPerson = false;
  let ambiguous = false;
  for (const w of words) {
    if (PERSON_WORDS.has(w) && !AMBIGUOUS_PERSON_WORDS.has(w)) person = true;
    else if (PERSON_WORDS.has(w)) ambiguous = true;
    else if (NON_PERSON_OWNER_WORDS.has(w)) nonPerson = true;
  }
  // "Member", "Contact", "Profile" are people unless the owner also names a thing (ProfileRegion, EnumMember).
  if (ambiguous && !tech && !nonPerson) person = true;
  // The last word of the nearest owner ("Form.SignupErrors" -> errors).
  const nearest = splitWords(ownerName.split('.').pop() ?? ownerName, VOCABULARY);
  const meta = META_OWNER_HEADS.has(nearest[nearest.length - 1] ?? '');
  const nouns = nearest.filter((w) => !GENERIC_OWNER_SUFFIXES.has(w) && !/^\d+$/.test(w));
  const head = nouns[nouns.length - 1];
  const headPerson = head !== undefined && PERSON_WORDS.has(head) && (!AMBIGUOUS_PERSON_WORDS.has(head) || (!tech && !nonPerson));
  return { words, person, nonPerson: nonPerson && !person, tech, meta, headPerson };
}

/** Whether a person word means a person here: "member" in "enumMember" or in ts.EnumMember does not. */
export function isPerson(w: string, words: readonly string[], owner: Owner | undefined): boolean {
  if (!AMBIGUOUS_PERSON_WORDS.has(w)) return true;
  if (words.some((x) => TECH_CONTEXT.has(x))) return false;
  return !owner || !owner.tech;
}
