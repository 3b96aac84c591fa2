/**
 * The cheap test run before parsing a file for the unannotated-personal-data rule: does the text contain
 * any word the detector could act on? Built from the lexicon, so the two cannot drift apart.
 *
 * Two regular expressions, each compiled from a prefix trie so the engine dispatches on one character per
 * position instead of trying hundreds of alternatives:
 * - WORDS (case-insensitive): terms of 4+ letters and their phrases with optional separators ("phone",
 *   "id[-_ ]?card", "shoujihao"), Chinese terms, and ambiguous terms only together with what clears them
 *   ("face" only as faceImage, faceTemplate...);
 * - TOKENS (case-sensitive, because camelCase boundaries are case): short terms as words of an identifier
 *   (clientIp, x-real-ip, IP_ADDR, dob, qq, sfz, khxm), and person words that are short or also programming
 *   words as owners or modifiers (interface SysUser, userName, CreateMemberInput); longer person words
 *   (customer, patient) are plain substrings of WORDS.
 * Node 20 has no inline (?i) modifiers, hence two expressions rather than one.
 *
 * Sound by construction for identifiers written in camelCase, PascalCase, snake_case, kebab-case or
 * SCREAMING_CASE and for prose: when mightContainPersonalData is false, findUnannotated finds nothing.
 * Not for all-lowercase run-togethers whose only signal is a short or person word ("clientip", "username"
 * is fine because it is a term itself); the tests check the labelled set against this.
 */
import { AMBIGUOUS_PERSON_WORDS, CHINESE_TERMS, INITIAL_HEADS, PERSON_WORDS, TERMS, type Term } from './lexicon';
import { DETECTION_THRESHOLD } from './detect';

/** Words of at most this length are matched as whole words of an identifier, never as substrings (addr in addRoute). */
const SHORT = 4;

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** In trie literals: an optional separator between the words of a phrase. */
const SEP = '\u0001';
/** In trie literals: an optional separator, space included (after a first word of 5+ letters). */
const SEP_SPACE = '\u0002';

function escapeChar(c: string): string {
  if (c === SEP) return '[-_]?';
  if (c === SEP_SPACE) return '[-_ ]?';
  return /[.*+?^${}()|[\]\\\-/]/.test(c) ? `\\${c}` : c;
}

/** A regular expression source matching exactly the given literals, factored by common prefixes. */
export function trieSource(literals: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const lit of literals) {
    if (!lit) continue;
    let node = root;
    for (const c of lit) {
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: new Map(), end: false }));
      node = n;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()].map(([c, n]) => escapeChar(c) + emit(n));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    // A literal ends here and longer ones continue: the continuation is optional.
    return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}

/** A phrase as one trie literal whose separators match "", "_", "-" (and " "): idCard, id_card, id-card, idcard. */
function phraseLiterals(words: readonly string[]): string[] {
  // A space only after a first word long enough not to end other words ("interface Data" is not "face data").
  return [words.join(words[0].length >= 5 ? SEP_SPACE : SEP)];
}

/** Terms that need no anchor of their own: everything that can lift them over the threshold is anchored. */
function anchoredByLift(t: Term): boolean {
  return !!t.common;
}

const CLEARING_SUFFIX_LIMIT = 40;

function wordAnchors(): { long: Set<string>; short: Set<string> } {
  const long = new Set<string>();
  const short = new Set<string>();
  for (const t of TERMS) {
    if (anchoredByLift(t)) continue;
    // A weak term cleared only by what follows it or by its owner words: anchor term + suffix, and the owner words
    // among the lifting words (person owners always are).
    const clearedOnlyBySuffix = t.weight < DETECTION_THRESHOLD && t.strong && !t.boosters && !t.stringBoost;
    if (clearedOnlyBySuffix && t.strong!.suffixes.length <= CLEARING_SUFFIX_LIMIT) {
      // "face" alone is a mesh's or a font's: anchor faceImage, face_template, ...
      for (const s of t.strong!.suffixes) for (const lit of phraseLiterals([...t.words, s])) long.add(lit);
      continue;
    }
    if (t.words.length === 1 && t.words[0].length <= SHORT) short.add(t.words[0]);
    else for (const lit of phraseLiterals(t.words)) long.add(lit);
  }
  return { long, short };
}

/** Words that lift a common term: person words (names of owners and modifiers) and the common terms' own context words. */
function liftWords(): Set<string> {
  const words = new Set<string>(PERSON_WORDS);
  for (const t of TERMS) {
    if (anchoredByLift(t)) for (const list of [t.boosters, t.ownerWords]) list?.forEach((w) => words.add(w));
    else if (t.weight < DETECTION_THRESHOLD && t.strong && !t.boosters && !t.stringBoost) t.ownerWords?.forEach((w) => words.add(w));
  }
  return words;
}

function capital(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

/** Person words long and unambiguous enough to match inside any word (customer, patient, consignee). */
const SUBSTRING_LIFT_LENGTH = 6;

/**
 * Run-together pinyin initials the detector reads (khxm 客户姓名, lxrdh 联系人电话): heads that are unambiguous
 * (sfzh, sjhm, csrq) match anywhere; ambiguous heads (xm, dh, dz, zz) only after the prefixes that clear them.
 */
function initialsAnchors(): { substrings: string[]; tokens: string[] } {
  const substrings: string[] = [];
  const tokens: string[] = [];
  for (const h of INITIAL_HEADS) {
    if (!h.prefixes) substrings.push(h.head);
    else for (const p of h.prefixes) tokens.push(p + h.head);
  }
  return { substrings, tokens };
}

function build(): { words: RegExp; tokens: RegExp } {
  const { long, short } = wordAnchors();
  const initials = initialsAnchors();
  for (const h of initials.substrings) long.add(h);
  const lift = [...liftWords()];
  for (const w of lift) if (w.length >= SUBSTRING_LIFT_LENGTH && !AMBIGUOUS_PERSON_WORDS.has(w)) long.add(w);
  // Chinese terms written as plain words join the trie; the few patterns (设备…号, IP 地址) stay alternatives.
  const plain = CHINESE_TERMS.filter((t) => t.re.source === t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const patterns = CHINESE_TERMS.filter((t) => !plain.includes(t)).map((t) => t.re.source);
  // Latin "Chinese" terms (IMEI, QQ号 is CJK) are short words like any other: not inside timeInterval.
  for (const t of plain) if (/^[A-Za-z]+$/.test(t.text)) short.add(t.text.toLowerCase());
  const literals = [...[...long].map((l) => l.toLowerCase()), ...plain.filter((t) => !/^[A-Za-z]+$/.test(t.text)).map((t) => t.text.toLowerCase())];
  const words = new RegExp([trieSource(literals), ...patterns].join('|'), 'i');

  const boundLift = lift.filter((w) => w.length < SUBSTRING_LIFT_LENGTH || AMBIGUOUS_PERSON_WORDS.has(w));
  const shortLift = boundLift.filter((w) => w.length <= SHORT);
  const longLift = boundLift.filter((w) => w.length > SHORT);
  const shortWords = [...short, ...shortLift, ...initials.tokens];
  const tokens = [
    // Short words as words of an identifier: ip, client_ip, x-real-ip / clientIp, IpAddress / CLIENT_IP, IPAddress.
    `(?<![A-Za-z])${trieSource(shortWords)}(?![a-z])`,
    `(?<![A-Z])${trieSource(shortWords.map(capital))}(?![a-z])`,
    // Upper case: alone or before a camel word (IP_ADDR, IPAddress), not inside an acronym (XML).
    `(?<![A-Z])${trieSource(shortWords.map((w) => w.toUpperCase()))}(?=[^A-Za-z]|[A-Z][a-z]|$)`,
    // Person words starting a camel word (SysUser, receiverUserName, CreateMemberInput), or starting an
    // identifier that goes on (customerName, customer_name) or is declared (social?: { ... }); not alone in
    // prose ("the author", "@author").
    `${trieSource(longLift.map(capital))}s?(?![a-z])`,
    `(?<![A-Za-z0-9_$])${trieSource(longLift)}s?(?=[A-Z_0-9]|\\??\\s*[:=(])`,
  ].join('|');
  return { words, tokens: new RegExp(tokens) };
}

let compiled: { words: RegExp; tokens: RegExp } | undefined;

/** The two expressions, for tests and measurements. */
export function prefilterPatterns(): { words: RegExp; tokens: RegExp } {
  return (compiled ??= build());
}

/**
 * Cheap test before parsing: whether the text contains any word the detector could act on.
 * When false, findUnannotated returns nothing for this text (see the module comment for the one exception).
 */
export function mightContainPersonalData(text: string): boolean {
  const { words, tokens } = prefilterPatterns();
  return words.test(text) || tokens.test(text);
}
