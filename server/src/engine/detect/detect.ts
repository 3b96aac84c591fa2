/**
 * Decides whether a declaration's name, type and documentation strongly suggest personal data, and
 * which category of the built-in taxonomy. Pure and fast: a few map lookups per word, memoised.
 *
 * Evidence comes from three places, each scored 0..1:
 * - the name: the best-scoring term of the lexicon in its words, judged by the words around it
 *   (what follows is the head of an English or Chinese compound: emailTemplate is a template;
 *   what precedes is a person, a business, a flag or a technical qualifier), by the owner
 *   (name in interface User vs in ProductConfig) and by the type (boolean flags, functions,
 *   regular expressions, DOM elements are never personal data);
 * - the documentation: Chinese terms (手机号, 身份证, 住址) judged within their clause
 *   (手机号正则 and 是否开启手机号登录 are not phone numbers), English terms within their sentence;
 * - the type's own words (PhoneNumber, EmailAddress, GeolocationPosition).
 * Agreeing evidence is combined (noisy-or); the detection is reported at DETECTION_THRESHOLD or above.
 */
import type { Localized } from '../types';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { hasCjk, splitWords } from './identifiers';
import {
  ARTICLES,
  BUSINESS_WORDS,
  CATEGORY_KILLS,
  CHINESE_TERMS,
  CN_NEUTRAL_AFTER,
  CN_NEUTRAL_BEFORE,
  CN_PERSON_TERM,
  CN_WHETHER,
  DATA_SUFFIXES,
  DEVICE_CATEGORIES,
  DOC_LEAD_NEUTRAL,
  DOC_LEAD_OF_NEUTRAL,
  FLAG_PREFIXES,
  INITIALS_FALSE_STARTS,
  INITIALS_TOKEN,
  INITIAL_HEADS,
  AMBIGUOUS_HEAD_WEIGHT,
  CRYPTO_WORDS,
  NEUTRAL_HEADS,
  NEUTRAL_TYPE_HEADS,
  NON_PERSON_OWNER_WORDS,
  NUMERIC_CATEGORIES,
  PERSON_WORDS,
  PHRASE_STOPS,
  POSSESSOR_PREPOSITIONS,
  PREPOSITIONS,
  PRIMITIVE_TYPE_NAMES,
  SENTENCE_WORDS,
  META_OWNER_HEADS,
  TRANSPARENT_MODIFIERS,
  GENERIC_OWNER_SUFFIXES,
  AMBIGUOUS_PERSON_WORDS,
  TECH_CONTEXT,
  TERMS,
  SEGMENT_VOCABULARY as VOCABULARY,
  type Term,
} from './lexicon';

export interface Detection {
  /** A category id of the built-in taxonomy. */
  category: string;
  /** 0..1; reported only at DETECTION_THRESHOLD or above. */
  confidence: number;
  reason: Localized;
}

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

/** Chosen for precision: see test/engine/detect.test.ts and the published figures in quality.ts. */
export const DETECTION_THRESHOLD = 0.6;

const DOC_FACTOR = 0.85;
const TYPE_FACTOR = 0.85;
const UNKNOWN_HEAD_FACTOR = 0.6;
const NON_PERSON_OWNER_PENALTY = 0.4;
const DEFAULT_PERSON_BOOST = 0.2;
const DEFAULT_OWNER_BOOST = 0.1;
const MIN_EVIDENCE = 0.3;
/** In documentation sentences only the words this close to a term qualify it. */
const DOC_WINDOW = 2;
/** A documentation term counts only among the first words of its first sentence, where the subject stands. */
const DOC_SUBJECT_WORDS = 6;

const ADDR = 'contact.address';
const BIRTH = 'identity.birthDate';

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

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

type Source = 'name' | 'doc' | 'type';

interface Evidence {
  category: string;
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

interface Owner {
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

interface TypeInfo {
  kill: boolean;
  boolean: boolean;
  scalarNumber: boolean;
  string: boolean;
  /** A single literal type ("password", 42): the declaration is a constant. */
  literal: boolean;
  /** A type literal ({ user: string; password: string }). */
  literalObject: boolean;
  date: boolean;
  words: string[];
}

// ---------------------------------------------------------------- name

function matchTerms(words: readonly string[]): { start: number; end: number; term: Term }[] {
  const found: { start: number; end: number; term: Term }[] = [];
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

/** How strongly words[start, end) = term makes the whole word list personal data. */
function scoreMatch(words: readonly string[], start: number, end: number, term: Term, owner: Owner | undefined, window?: number): number {
  let base = term.weight;
  const next = words[end];
  if (term.strong && next !== undefined && term.strong.suffixes.includes(next)) base = term.strong.weight;

  // What follows: the head of the compound.
  let unknown = 0;
  const tailEnd = window === undefined ? words.length : Math.min(words.length, end + window);
  for (let i = end; i < tailEnd; i++) {
    const w = words[i];
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
  let person = false;
  let qualified = true;
  let i = start - 1;
  for (; i >= headStart; i--) {
    const w = words[i];
    if (term.boosters?.includes(w)) boost = Math.max(boost, term.boost ?? 0.35);
    else if (PERSON_WORDS.has(w) && isPerson(w, words, owner)) person = true;
    else if (!TRANSPARENT_MODIFIERS.has(w)) break;
  }
  if (i >= headStart) qualified = false;
  if (person) boost = Math.max(boost, term.personBoost ?? DEFAULT_PERSON_BOOST);

  if (owner && term.ownerKills?.some((w) => owner.words.has(w))) return 0;
  if (owner && window === undefined) {
    // The owner speaks for the term only when nothing else qualifies it (publisherName in CustomerSupportRequest).
    // A term whose owner words are the only context that clears it (health words for "height", chat words for
    // "transcript") takes only the default boost from a person owner.
    const personOwnerBoost = term.ownerWordsOnly ? DEFAULT_OWNER_BOOST : term.ownerBoost ?? DEFAULT_OWNER_BOOST;
    if (term.ownerWords?.some((w) => owner.words.has(w))) boost += qualified ? term.ownerBoost ?? DEFAULT_OWNER_BOOST : 0;
    // A weak term takes a person owner's word only when the owner is the person (name in CreateUserDto),
    // not something of theirs (name in UserLocationDto is the location's).
    else if (owner.person && (term.weight >= 0.5 || owner.headPerson)) boost += person || !qualified ? 0 : personOwnerBoost;
    // Device and network identifiers live in technical owners (Socket, Device); the penalty is for the rest.
    else if (owner.nonPerson && !person && !DEVICE_CATEGORIES.has(term.category)) base -= NON_PERSON_OWNER_PENALTY;
  }
  return Math.max(0, Math.min(0.99, base + boost));
}

/** Whether a person word means a person here: "member" in "enumMember" or in ts.EnumMember does not. */
function isPerson(w: string, words: readonly string[], owner: Owner | undefined): boolean {
  if (!AMBIGUOUS_PERSON_WORDS.has(w)) return true;
  if (words.some((x) => TECH_CONTEXT.has(x))) return false;
  return !owner || !owner.tech;
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
function outermost(words: readonly string[]): { start: number; end: number; term: Term }[] {
  const all = matchTerms(words);
  return all.filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

function nameEvidence(words: readonly string[], owner: Owner | undefined): Evidence | undefined {
  let best: Evidence | undefined;
  for (const m of outermost(words)) {
    const score = scoreMatch(words, m.start, m.end, m.term, owner);
    if (!best || score > best.score || (score === best.score && m.end - m.start > best.matched.split(' ').length)) {
      best = { category: m.term.category, score, source: 'name', matched: m.term.words.join(' '), kind: m.term.kind, zh: m.term.zh, term: m.term };
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

// ---------------------------------------------------------------- Chinese

/** The best Chinese term of the text, judged within its clause; `killed` when the text says it is not data. */
function chineseEvidence(text: string, source: Source): { evidence?: Evidence; killed: boolean } {
  let best: Evidence | undefined;
  let killed = false;
  for (const clause of text.split(/[，。；;,.!?！？\n()（）：:、]+/)) {
    if (!hasCjk(clause)) continue;
    const matches: { start: number; end: number; weight: number; category: string; text: string; attribute?: boolean }[] = [];
    for (const t of CHINESE_TERMS) {
      t.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = t.re.exec(clause))) {
        matches.push({ start: m.index, end: m.index + m[0].length, weight: t.weight, category: t.category, text: m[0], attribute: t.attribute });
        if (m[0].length === 0) t.re.lastIndex++;
      }
    }
    if (matches.length === 0) continue;
    // Drop matches inside a longer one (手机 inside 手机号码).
    const kept = matches.filter((a) => !matches.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
    kept.sort((a, b) => b.weight - a.weight || b.end - a.end);
    // A person word before another term names whose data it is: 收件人手机号 is the recipient's phone, not a name.
    const person = kept[0];
    const owned = person.category === 'identity.name' && CN_PERSON_TERM.test(person.text) ? kept.find((m) => m.start >= person.end) : undefined;
    const top = owned ?? person;
    const before = clause.slice(0, top.start);
    const after = clause.slice(top.end);
    // 是否阳性 (whether positive) is itself medical data; 是否开启手机号登录 (whether phone login is on) is not.
    const flag = CN_WHETHER.test(clause) || CN_NEUTRAL_BEFORE.test(before);
    if (CN_NEUTRAL_AFTER.test(after) || (flag && !top.attribute)) {
      killed = true;
      continue;
    }
    if (!best || top.weight > best.score) {
      best = { category: top.category, score: top.weight, source, matched: top.text, kind: 'zh', attribute: top.attribute };
    }
  }
  return { evidence: best, killed: killed && !best };
}

// ---------------------------------------------------------------- type and documentation

function typeInfo(typeText: string | undefined): TypeInfo | undefined {
  if (!typeText) return undefined;
  const t = typeText.replace(/\s*\|\s*(?:null|undefined)\b/g, '').replace(/^\s*(?:null|undefined)\s*\|\s*/, '').trim();
  const info: TypeInfo = {
    kill: /=>/.test(t) || /^Function\b/.test(t),
    boolean: /^(?:boolean|true|false)(?:\s*\|\s*(?:boolean|true|false))*$/.test(t),
    scalarNumber: /^(?:number|bigint)$/.test(t),
    string: /^string$/.test(t),
    literal: /^(?:"[^"]*"|'[^']*'|`[^`]*`|-?\d[\d.]*)$/.test(t),
    literalObject: /[{]/.test(t),
    date: /^Date$/.test(t),
    words: [],
  };
  // String literal types ('0' | '1', "IPv4") name no type.
  const names = t.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ' ');
  const re = /[A-Za-z_$][\w$]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(names))) {
    const id = m[0];
    const lower = id.toLowerCase();
    if (PRIMITIVE_TYPE_NAMES.has(lower)) continue;
    const words = splitWords(id, VOCABULARY).filter((w) => !/^\d+$/.test(w));
    const head = words[words.length - 1];
    if (NEUTRAL_TYPE_HEADS.has(lower) || (head !== undefined && NEUTRAL_TYPE_HEADS.has(head))) info.kill = true;
    info.words.push(...words, '|');
  }
  return info;
}

function typeEvidence(info: TypeInfo): Evidence | undefined {
  // A type literal's members are declarations of their own, scanned separately.
  if (info.literalObject) return undefined;
  let best: Evidence | undefined;
  // Each type name separately ('|' separates them).
  let start = 0;
  for (let i = 0; i <= info.words.length; i++) {
    if (i < info.words.length && info.words[i] !== '|') continue;
    const words = info.words.slice(start, i);
    start = i + 1;
    if (words.length === 0) continue;
    const e = nameEvidence(words, undefined);
    // The type must be about the term (PhoneNumber, ShippingAddress), not merely end in it (ExtensionSignatureVerificationCode).
    const at = e ? words.join(' ').indexOf(e.matched) : -1;
    const before = at > 0 ? words.join(' ').slice(0, at).trim().split(' ').length : 0;
    if (e && e.score >= 0.7 && before <= 1 && (!best || e.score > best.score)) best = { ...e, source: 'type', score: e.score * TYPE_FACTOR };
  }
  return best;
}

/** Documentation without JSDoc tags, code spans, emphasis, links and URLs (which name other things). */
function proseOf(doc: string): string {
  return doc
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*@(?:description|desc|summary|label|title)\b\s*/, ''))
    .filter((l) => !/^\s*@\w/.test(l))
    .join('\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\*\*[^*]*\*\*/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\{@link[^}]*\}/g, ' ')
    .replace(/\b\w+:\/\/\S+/g, ' ');
}

interface DocWord {
  word: string;
  /** Joined to the next word by a hyphen ("password-based"). */
  hyphenAfter: boolean;
  /** Followed by punctuation that ends a phrase (, ; : parentheses). */
  boundaryAfter: boolean;
}

function docWords(sentence: string): DocWord[] {
  const out: DocWord[] = [];
  const re = /[A-Za-z][A-Za-z0-9]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const parts = splitWords(m[0], VOCABULARY);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 2);
    parts.forEach((word, i) => {
      const last = i === parts.length - 1;
      out.push({ word, hyphenAfter: last && /^-[A-Za-z]/.test(after), boundaryAfter: last && /^\s*[,;:()\[\]]/.test(after) });
    });
  }
  return out;
}

function englishDocEvidence(doc: string): { evidence?: Evidence; killed: boolean } {
  // The first sentence says what the value is, and says it first: "The customer's mobile number".
  const first = doc.split(/(?<=[.!?])\s|\n\s*\n/)[0] ?? doc;
  const tokens = docWords(first);
  const words = tokens.map((t) => t.word);
  if (words.length === 0) return { killed: false };
  if (DOC_LEAD_NEUTRAL.has(words[0]) || (words[1] === 'of' && DOC_LEAD_OF_NEUTRAL.has(words[0]))) return { killed: true };
  let best: Evidence | undefined;
  for (const m of outermost(words)) {
    if (m.start >= DOC_SUBJECT_WORDS) continue;
    // "Password-based encryption": the term only modifies a compound.
    if (tokens[m.end - 1].hyphenAfter) continue;
    // "implementation of password hashing", "sends the code to the user's phone": the object of a preposition.
    let b = m.start - 1;
    while (b >= 0 && (ARTICLES.has(words[b]) || words[b] === 's' || (PERSON_WORDS.has(words[b]) && isPerson(words[b], [], undefined)))) b--;
    if (b >= 0 && PREPOSITIONS.has(words[b])) continue;
    // "Full name of the repository", "name of the file": the possessor is not a person.
    let k = m.end;
    while (k < words.length && DATA_SUFFIXES.has(words[k])) k++;
    if (POSSESSOR_PREPOSITIONS.has(words[k])) {
      let j = k + 1;
      while (j < words.length && ARTICLES.has(words[j])) j++;
      const possessor = words[j];
      if (possessor !== undefined && !(PERSON_WORDS.has(possessor) && isPerson(possessor, [], undefined))) continue;
    }
    // The rest of the noun phrase: "password reset link" is a link.
    const phrase: string[] = [];
    for (let i = m.end; i < words.length && !tokens[i - 1].boundaryAfter; i++) {
      const w = words[i];
      if (PHRASE_STOPS.has(w) || /(?:ed|ing)$/.test(w)) break;
      phrase.push(w);
    }
    const score = scoreMatch([...words.slice(0, m.end), ...phrase], m.start, m.end, m.term, undefined, DOC_WINDOW);
    if (score >= 0.6 && (!best || score > best.score)) {
      best = { category: m.term.category, score, source: 'doc', matched: m.term.words.join(' '), kind: 'en', term: m.term, strong: strongAfter(words, m.end, m.term) };
    }
  }
  return { evidence: best, killed: false };
}

function strongAfter(words: readonly string[], end: number, term: Term): boolean {
  const next = words[end];
  return !!term.strong && next !== undefined && term.strong.suffixes.includes(next);
}

/** Documentation says what a value is in its first words; the rest is not read (and cannot cost much). */
const MAX_DOC_CHARS = 400;

function docEvidence(raw: string | undefined): { evidence?: Evidence; killed: boolean } {
  if (!raw || !raw.trim()) return { killed: false };
  const doc = proseOf(raw.slice(0, MAX_DOC_CHARS * 4)).trim().slice(0, MAX_DOC_CHARS);
  if (!doc) return { killed: false };
  // Chinese documentation: its first line (a label such as 手机号 or 收货地址, or a short sentence), up to an
  // explanation of its values: 注册来源 (1: 手机号注册, 2: 微信注册) is a source, not a phone number.
  const firstLine = doc.split(/\n/)[0].split(/[(（:：]/)[0];
  const zh = hasCjk(firstLine) ? chineseEvidence(firstLine, 'doc') : { killed: false };
  const en = englishDocEvidence(doc);
  const pick = [zh.evidence, en.evidence].filter((e): e is Evidence => !!e).sort((a, b) => b.score - a.score)[0];
  if (pick) return { evidence: { ...pick, source: 'doc', score: pick.score * DOC_FACTOR }, killed: false };
  return { killed: zh.killed || en.killed };
}

function ownerOf(ownerName: string | undefined): Owner | undefined {
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

// ---------------------------------------------------------------- decision

/** Applies what the type says to an evidence; 0 when the type rules it out. */
function typeAdjusted(e: Evidence, type: TypeInfo | undefined): number {
  if (!type) return e.score;
  if (type.string && e.term?.stringBoost && e.source === 'name') return Math.min(0.99, e.score + e.term.stringBoost);
  const attribute = e.term?.attribute === true || e.attribute === true;
  if (type.kill || type.literal) return 0;
  if (type.boolean && !attribute) return 0;
  if (type.scalarNumber) {
    const numeric = e.term ? e.term.numeric === true : NUMERIC_CATEGORIES.has(e.category);
    if (!numeric) return 0;
  }
  if (type.date && e.category === BIRTH) return Math.min(0.99, e.score + 0.1);
  return e.score;
}

export interface DetectionDetail extends Detection {
  evidence: { source: Source; category: string; score: number; matched: string }[];
}

const cache = new Map<string, DetectionDetail | null>();
const CACHE_LIMIT = 20000;

/**
 * The category a declaration most likely holds, when its name, type or documentation strongly suggest
 * personal data; undefined otherwise (including for everything below DETECTION_THRESHOLD).
 */
export function detectIdentifier(name: string, context: DetectContext = {}): Detection | undefined {
  const d = explainIdentifier(name, context);
  return d && d.confidence >= DETECTION_THRESHOLD ? { category: d.category, confidence: d.confidence, reason: d.reason } : undefined;
}

/** Like detectIdentifier, but also below the threshold and with the evidence (for tests and tuning). */
export function explainIdentifier(name: string, context: DetectContext = {}): DetectionDetail | undefined {
  const key = `${name}\u0000${context.typeText ?? ''}\u0000${context.ownerName ?? ''}\u0000${context.doc ?? ''}\u0000${context.siblings?.join(',') ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const result = compute(name, context);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result ?? null);
  return result;
}

/**
 * False when nothing of the name, the type text or the documentation could count as evidence, whatever the owner
 * and siblings: the scan then skips gathering them. Exact, not a heuristic: detectIdentifier would say undefined.
 */
export function mayDetect(name: string, typeText: string | undefined, doc: string | undefined): boolean {
  if (name.length === 0 || name.length > 100) return false;
  if ((doc && doc.trim()) || hasCjk(name)) return true;
  const words = splitWords(name, VOCABULARY);
  if (matchTerms(words).length > 0) return true;
  const last = words[words.length - 1];
  if (last !== undefined && initialsEvidence(last)) return true;
  if (!typeText) return false;
  let typed = typeClues.get(typeText);
  if (typed === undefined) {
    const info = typeInfo(typeText);
    typed = !!info && !!typeEvidence(info);
    if (typeClues.size >= CACHE_LIMIT) typeClues.clear();
    typeClues.set(typeText, typed);
  }
  return typed;
}

const typeClues = new Map<string, boolean>();

function compute(name: string, context: DetectContext): DetectionDetail | undefined {
  if (name.length === 0 || name.length > 100) return undefined;
  // SCREAMING_CASE names are constants (PHONE_REGEX, SUPPORT_EMAIL, GrantType.PASSWORD).
  if (/^[A-Z][A-Z0-9_]*$/.test(name) && /[A-Z]{2}/.test(name) && (name.includes("_") || name.length >= 5)) return undefined;
  const owner = ownerOf(context.ownerName);
  if (owner?.meta) return undefined;
  const type = typeInfo(context.typeText);

  const evidences: Evidence[] = [];
  const words = splitWords(name, VOCABULARY);
  const fromName = hasCjk(name) ? chineseEvidence(name, 'name').evidence : nameEvidence(words, owner);
  if (fromName) evidences.push(fromName);
  const doc = docEvidence(context.doc);
  // Documentation that repeats the name ("fullName: The full name ...") is not a second opinion.
  const echo = !!fromName && !!doc.evidence && doc.evidence.category === fromName.category &&
    doc.evidence.matched.replace(/ /g, '') === fromName.matched.replace(/ /g, '') && !doc.evidence.strong;
  if (doc.evidence && !echo) evidences.push(doc.evidence);
  const fromType = type ? typeEvidence(type) : undefined;
  if (fromType) evidences.push(fromType);

  // In blockchain code an address is a wallet's or a contract's.
  const crypto = evidences.some((e) => e.category === ADDR) && isCrypto(context, type);
  const scored = evidences
    .map((e) => ({ ...e, score: crypto && e.category === ADDR ? 0 : typeAdjusted(e, type) * (doc.killed ? 0.5 : 1) }))
    .filter((e) => e.score >= (e.source === 'name' ? 0.1 : MIN_EVIDENCE));
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0];
  const agreeing = scored.filter((e) => e.category === top.category);
  const confidence = Math.min(0.99, 1 - agreeing.reduce((p, e) => p * (1 - e.score), 1));
  return {
    category: top.category,
    confidence: Math.round(confidence * 1000) / 1000,
    reason: reasonFor(name, context, top, agreeing.slice(1)),
    evidence: scored.map((e) => ({ source: e.source, category: e.category, score: Math.round(e.score * 1000) / 1000, matched: e.matched })),
  };
}

function isCrypto(context: DetectContext, type: TypeInfo | undefined): boolean {
  const words: string[] = [];
  if (context.ownerName) words.push(...splitWords(context.ownerName, VOCABULARY));
  for (const s of context.siblings ?? []) words.push(...splitWords(s, VOCABULARY));
  if (type) words.push(...type.words);
  return words.some((w) => CRYPTO_WORDS.has(w));
}

// ---------------------------------------------------------------- explanations

function labelOf(category: string): Localized {
  const l = LABELS.get(category) ?? { en: category, zh: category };
  const en = /^[A-Z][a-z]/.test(l.en) ? l.en[0].toLowerCase() + l.en.slice(1) : l.en;
  return { en, zh: l.zh };
}

function reasonFor(name: string, context: DetectContext, top: Evidence, also: Evidence[]): Localized {
  const label = labelOf(top.category);
  let en: string;
  let zh: string;
  const matched = top.matched;
  if (top.source === 'name') {
    if (top.kind === 'pinyin') {
      en = `"${name}" ${matched.replace(/ /g, '') === name.toLowerCase() ? 'is' : `contains "${matched}",`} pinyin for ${top.zh} (${label.en}).`;
      zh = `“${name}”${matched.replace(/ /g, '') === name.toLowerCase() ? '是' : `中的“${matched}”是`}“${top.zh}”的拼音（${label.zh}）。`;
    } else if (top.kind === 'initials') {
      en = `"${name}" reads as the pinyin initials of ${top.zh} (${label.en}).`;
      zh = `“${name}”是“${top.zh}”的拼音首字母缩写（${label.zh}）。`;
    } else if (top.kind === 'zh') {
      en = `The name "${name}" says ${matched} (${label.en}).`;
      zh = `名称“${name}”含“${matched}”（${label.zh}）。`;
    } else {
      en = `The name "${name}" suggests ${label.en} ("${matched}").`;
      zh = `名称“${name}”表明其保存${label.zh}（“${matched}”）。`;
    }
  } else if (top.source === 'doc') {
    en = `Its documentation mentions "${matched}" (${label.en}).`;
    zh = `其文档注释提到“${matched}”（${label.zh}）。`;
  } else {
    en = `Its type ${context.typeText} suggests ${label.en}.`;
    zh = `其类型 ${context.typeText} 表明其保存${label.zh}。`;
  }
  if (also.some((e) => e.source === 'doc') && top.source !== 'doc') {
    en += ' Its documentation agrees.';
    zh += '文档注释与此一致。';
  }
  if (context.ownerName && top.source === 'name' && top.term && (top.term.weight < 0.6)) {
    en += ` (In ${context.ownerName}.)`;
    zh += `（位于 ${context.ownerName}。）`;
  }
  return { en, zh };
}
