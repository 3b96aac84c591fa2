/**
 * Evidence from documentation (JSDoc text or a comment): what its first words say the value is. Chinese
 * documentation is read on its first line, clause by clause (chineseEvidence.ts); English on its first
 * sentence, where a term counts only as the subject ("The customer's mobile number"), not as the object of a
 * preposition ("sends the code to the user's phone") nor as a modifier ("password reset link").
 */
import { chineseEvidence } from './chineseEvidence';
import type { Evidence } from './evidence';
import { hasCjk, splitWords } from './identifiers';
import {
  ARTICLES,
  BUSINESS_WORDS,
  DATA_SUFFIXES,
  DOC_LEAD_NEUTRAL,
  DOC_LEAD_OF_NEUTRAL,
  PERSON_WORDS,
  PHRASE_STOPS,
  POSSESSOR_PREPOSITIONS,
  PREPOSITIONS,
  SEGMENT_VOCABULARY as VOCABULARY,
  TRANSPARENT_MODIFIERS,
} from './lexicon';
import { outermost, scoreMatch, strongAfter } from './nameEvidence';
import { isPerson, ownerOf } from './owner';

const DOC_FACTOR = 0.85;
/** In documentation sentences only the words this close to a term qualify it. */
const DOC_WINDOW = 2;
/** A documentation term counts only among the first words of its first sentence, where the subject stands. */
const DOC_SUBJECT_WORDS = 6;
/** Documentation says what a value is in its first words; the rest is not read (and cannot cost much). */
const MAX_DOC_CHARS = 400;

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

/** Whose a phrase says something is: a person's ("the customer"), a thing's ("the stock location"), or it does not say. */
function whose(phrase: readonly string[]): { word: string; person: boolean } | undefined {
  const words = phrase.filter((w) => !ARTICLES.has(w) && w !== 's' && !TRANSPARENT_MODIFIERS.has(w));
  if (words.length === 0) return undefined;
  const owner = ownerOf(words.join('_'));
  if (owner?.person || owner?.nonPerson) return { word: owner.decidedBy!, person: owner.person };
  // "Project avatar URL", "the team's name": a business or a system right before the term.
  const last = words[words.length - 1];
  return BUSINESS_WORDS.has(last) ? { word: last, person: false } : undefined;
}

function englishDocEvidence(doc: string): { evidence?: Evidence; killed: boolean } {
  // The first sentence says what the value is, and says it first: "The customer's mobile number".
  const first = doc.split(/(?<=[.!?])\s|\n\s*\n/)[0] ?? doc;
  const tokens = docWords(first);
  const words = tokens.map((t) => t.word);
  if (words.length === 0) return { killed: false };
  if (DOC_LEAD_NEUTRAL.has(words[0]) || (words[1] === 'of' && DOC_LEAD_OF_NEUTRAL.has(words[0]))) return { killed: true };
  let best: Evidence | undefined;
  let thing = false;
  for (const m of outermost(words)) {
    if (m.start >= DOC_SUBJECT_WORDS) continue;
    // "Password-based encryption": the term only modifies a compound.
    if (tokens[m.end - 1].hyphenAfter) continue;
    // "implementation of password hashing", "sends the code to the user's phone": the object of a preposition.
    let b = m.start - 1;
    while (b >= 0 && (ARTICLES.has(words[b]) || words[b] === 's' || (PERSON_WORDS.has(words[b]) && isPerson(words[b], [], undefined)))) b--;
    if (b >= 0 && PREPOSITIONS.has(words[b])) continue;
    // Whose it is, said before it ("Mentioned user's name", "Project avatar URL") or after it ("name of the repository").
    let possessor = whose(words.slice(Math.max(0, m.start - DOC_WINDOW), m.start));
    let k = m.end;
    while (k < words.length && (DATA_SUFFIXES.has(words[k]) || words[k] === 's')) k++;
    // "The billing address's ID": the term owns what the sentence is about.
    if (words[m.end] === 's' && m.term.notAfter?.includes(words[m.end + 1])) continue;
    if (POSSESSOR_PREPOSITIONS.has(words[k])) {
      let j = k + 1;
      while (j < words.length && ARTICLES.has(words[j])) j++;
      const phrase: string[] = [];
      while (j < words.length && !PHRASE_STOPS.has(words[j]) && !ARTICLES.has(words[j])) phrase.push(words[j++]);
      const after = whose(phrase);
      // "name of the file": a possessor that is not a person leaves the term to someone else.
      if (!after?.person) {
        if (after) thing = true;
        continue;
      }
      possessor = after;
    }
    if (possessor && !possessor.person) {
      thing = true;
      continue;
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
      best = { category: m.term.category, score, source: 'doc', matched: m.term.words.join(' '), kind: 'en', term: m.term, strong: strongAfter(words, m.end, m.term), possessor };
    }
  }
  // A sentence that gives the term to a thing ("Project avatar URL", "The postal code of the stock location
  // address") says the value is not a person's.
  return { evidence: best, killed: !best && thing };
}

/** The documentation's evidence, weighed below a name's; `killed` when it says the value is not the data (a format, a flag). */
export function docEvidence(raw: string | undefined): { evidence?: Evidence; killed: boolean } {
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
