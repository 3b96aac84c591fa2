/**
 * Evidence from a name's words (as splitWords gives them: camelCase, snake_case, run-together pinyin): the
 * best-scoring English or pinyin term of the lexicon, judged by the words around it, or else run-together
 * pinyin initials (khxm 客户姓名). What follows a term is the head of the compound (emailTemplate is a
 * template); what precedes is a person, a booster, a business, a flag or a technical qualifier; the owner
 * speaks when nothing else does. Type names use it as it is, documentation sentences with a window.
 */
import type { Evidence } from './evidence';
import {
  AMBIGUOUS_HEAD_WEIGHT,
  BUSINESS_WORDS,
  CATEGORY_KILLS,
  DATA_SUFFIXES,
  DEVICE_CATEGORIES,
  FLAG_PREFIXES,
  GENERIC_OWNER_SUFFIXES,
  INITIALS_FALSE_STARTS,
  INITIALS_TOKEN,
  INITIAL_HEADS,
  NEUTRAL_HEADS,
  PERSON_WORDS,
  SENTENCE_WORDS,
  TERMS,
  TRANSPARENT_MODIFIERS,
  type Term,
} from './lexicon';
import { isPerson, type Owner } from './owner';

const UNKNOWN_HEAD_FACTOR = 0.6;
const NON_PERSON_OWNER_PENALTY = 0.4;
const DEFAULT_PERSON_BOOST = 0.2;
const DEFAULT_OWNER_BOOST = 0.1;

/** Terms by their first word, longest first. */
const BY_FIRST = (() => {
  const m = new Map<string, Term[]>();
  for (const t of TERMS) {
    const list = m.get(t.words[0]) ?? [];
    list.push(t);
    m.set(t.words[0], list);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** A term found at words[start, end). */
export interface TermMatch {
  start: number;
  end: number;
  term: Term;
}

function matchTerms(words: readonly string[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const list = BY_FIRST.get(words[i]);
    if (!list) continue;
    for (const term of list) {
      const n = term.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (words[i + k] !== term.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) found.push({ start: i, end: i + n, term });
    }
  }
  return found;
}

/** What lifted or lowered a term's score, for the reason: a word of the name, or the owner. */
export interface ScoreNote {
  /** A person word or booster before the term in the name ("customer" in customerName, "shipping" in shippingAddress). */
  qualifier?: string;
  /** The owner made it a person's (name in User), a thing's (avatarUrl in PublicTeam), part of an address (city in OrderAddress). */
  owner?: 'person' | 'thing' | 'words' | 'address';
}

/**
 * How strongly words[start, end) = term makes the whole word list personal data. With a window (documentation
 * sentences) only that many words on each side qualify the term, and sentence words are no flags.
 */
export function scoreMatch(words: readonly string[], start: number, end: number, term: Term, owner: Owner | undefined, window?: number, note?: ScoreNote): number {
  let base = term.weight;
  if (strongAfter(words, end, term)) base = term.strong!.weight;

  // What follows: the head of the compound.
  let unknown = 0;
  const tailEnd = window === undefined ? words.length : Math.min(words.length, end + window);
  for (let i = end; i < tailEnd; i++) {
    const w = words[i];
    if (term.notAfter?.includes(w)) return 0;
    if (/^\d+$/.test(w) || DATA_SUFFIXES.has(w) || term.suffixes?.includes(w) || term.strong?.suffixes.includes(w)) continue;
    if (NEUTRAL_HEADS.has(w)) return 0;
    unknown++;
  }
  if (unknown > 0) base *= UNKNOWN_HEAD_FACTOR;

  // What precedes: a person, a booster, or something that makes it not personal data.
  let boost = 0;
  const headStart = window === undefined ? 0 : Math.max(0, start - window);
  for (let i = headStart; i < start; i++) {
    const w = words[i];
    if (term.boosters?.includes(w)) continue;
    if (term.kills?.includes(w)) return 0;
    if (window !== undefined && SENTENCE_WORDS.has(w)) continue;
    if (FLAG_PREFIXES.has(w) && !term.attribute) return 0;
    if (BUSINESS_WORDS.has(w)) return 0;
    if (CATEGORY_KILLS.get(term.category)?.has(w)) return 0;
  }
  // Only the words right before the term qualify it: userPhone, receiverDetailAddress, but not userAgentPolicyName.
  let person: string | undefined;
  let qualified = true;
  let i = start - 1;
  for (; i >= headStart; i--) {
    const w = words[i];
    if (term.boosters?.includes(w)) {
      boost = Math.max(boost, term.boost ?? 0.35);
      if (note) note.qualifier ??= w;
    } else if (PERSON_WORDS.has(w) && isPerson(w, words, owner)) person ??= w;
    // In documentation a possessive passes through: "the user's name".
    else if (!TRANSPARENT_MODIFIERS.has(w) && !(w === 's' && window !== undefined)) break;
  }
  if (i >= headStart) qualified = false;
  if (person) {
    boost = Math.max(boost, term.personBoost ?? DEFAULT_PERSON_BOOST);
    if (note) note.qualifier = person;
  }

  if (owner && term.ownerKills?.some((w) => owner.words.has(w))) return 0;
  if (owner && window === undefined) {
    // The owner speaks for the term only when nothing else qualifies it (publisherName in CustomerSupportRequest).
    // A term whose owner words are the only context that clears it (health words for "height", chat words for
    // "transcript") takes only the default boost from a person owner.
    const personOwnerBoost = term.ownerWordsOnly ? DEFAULT_OWNER_BOOST : term.ownerBoost ?? DEFAULT_OWNER_BOOST;
    // A thing's owner outweighs the term's own owner words (postal code in StockLocationAddress) unless the thing is
    // one of them (card number in BankCard); device and network identifiers live in technical owners (Socket, Device).
    // A nearest segment that is one of them wins over an outer thing (postal code in TaxCalculationContext.address).
    const ownNearest = owner.decidedOuter && !!term.ownerWords?.some((w) => owner.nearest.includes(w));
    const thing = owner.nonPerson && !person && !DEVICE_CATEGORIES.has(term.category) && !term.ownerWords?.includes(owner.decidedBy ?? '') && !ownNearest;
    if (thing) {
      base -= NON_PERSON_OWNER_PENALTY;
      if (note) note.owner = 'thing';
    } else if (term.ownerWords?.some((w) => owner.words.has(w))) {
      if (qualified) {
        boost += term.ownerBoost ?? DEFAULT_OWNER_BOOST;
        if (note) note.owner = 'words';
      }
    }
    // A weak term takes a person owner's word only when the owner is the person (name in CreateUserDto),
    // not something of theirs (name in UserLocationDto is the location's).
    else if (owner.person && (term.weight >= 0.5 || owner.headPerson) && !person && qualified) {
      boost += personOwnerBoost;
      if (note) note.owner = 'person';
    }
  }
  return Math.max(0, Math.min(0.99, base + boost));
}

/** Whether the word after the term makes an ambiguous term clear (face + image, fingerprint + template). */
export function strongAfter(words: readonly string[], end: number, term: Term): boolean {
  const next = words[end];
  return !!term.strong && next !== undefined && term.strong.suffixes.includes(next);
}

function initialsEvidence(word: string): Evidence | undefined {
  if (!INITIALS_TOKEN.test(word) || INITIALS_FALSE_STARTS.some((s) => word.startsWith(s))) return undefined;
  for (const h of INITIAL_HEADS) {
    if (word.length > h.head.length && word.endsWith(h.head)) {
      const before = word.slice(0, word.length - h.head.length);
      const clear = !h.prefixes || h.prefixes.some((p) => before === p || before.endsWith(p));
      return { category: h.category, score: clear ? h.weight : AMBIGUOUS_HEAD_WEIGHT, source: 'name', matched: word, kind: 'initials', zh: h.zh };
    }
  }
  return undefined;
}

/** Matches not inside a longer one ("name" inside "user name"). */
export function outermost(words: readonly string[]): TermMatch[] {
  const all = matchTerms(words);
  return all.filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

export function nameEvidence(words: readonly string[], owner: Owner | undefined): Evidence | undefined {
  let best: Evidence | undefined;
  for (const m of outermost(words)) {
    const note: ScoreNote = {};
    const score = scoreMatch(words, m.start, m.end, m.term, owner, undefined, note);
    if (!best || score > best.score || (score === best.score && m.end - m.start > best.matched.split(' ').length)) {
      const inAddress = !!m.term.inAddress && !!owner?.head && !!m.term.ownerWords?.includes(owner.head);
      if (inAddress) note.owner = 'address';
      const category = inAddress ? m.term.inAddress! : m.term.category;
      best = { category, score, source: 'name', matched: m.term.words.join(' '), kind: m.term.kind, zh: m.term.zh, term: m.term, ...note };
    }
  }
  if (!best || best.score === 0) {
    // Run-together pinyin initials with a meaningful head (khxm 客户姓名, jtzz 家庭住址), as the last word.
    const last = words[words.length - 1];
    const ini = last !== undefined && !BY_FIRST.has(last) ? initialsEvidence(last) : undefined;
    if (ini) {
      // The words before still count: a flag or a business makes it something else.
      for (let i = 0; i < words.length - 1; i++) {
        if (FLAG_PREFIXES.has(words[i]) || BUSINESS_WORDS.has(words[i])) return best;
      }
      return ini;
    }
  }
  return best;
}

/** Whether the words hold a term or run-together initials at all, whatever their context would make of them. */
export function nameMayMatch(words: readonly string[]): boolean {
  if (matchTerms(words).length > 0) return true;
  const last = words[words.length - 1];
  return last !== undefined && !!initialsEvidence(last);
}

/**
 * The word of the nearest owner that says a category's data there is not a person's: a system's sender or a technical
 * endpoint leading it (`email` in `ISendMail.from`, `parsed` in `targetAddress`), or the same term right after a
 * business (`email` in `organisationEmails`, in `sendTeamEmailVerificationEmail`).
 */
export function ownerExcludes(owner: Owner | undefined, category: string): string | undefined {
  if (!owner || owner.person) return undefined;
  const words = owner.nearest;
  const lead = words[0];
  // Only when the owner is the value itself (`from`, `targetAddress`), not an API it belongs to (`AdminCreateInvite`).
  // A device's or a socket's own address is still a device identifier (`Socket.remoteAddress`).
  const leads = (words.length === 1 && !DEVICE_CATEGORIES.has(category)) || outermost(words.slice(1))[0]?.start === 0;
  // A base class is no endpoint (BaseAddress).
  if (lead !== undefined && leads && !GENERIC_OWNER_SUFFIXES.has(lead) && CATEGORY_KILLS.get(category)?.has(lead)) return lead;
  for (const m of outermost(words)) {
    const before = words[m.start - 1];
    if (m.term.category === category && before !== undefined && BUSINESS_WORDS.has(before)) return before;
  }
  return undefined;
}
