/**
 * What the declared type says. Its own words can be evidence (PhoneNumber, EmailAddress,
 * GeolocationPosition), and it weighs every other evidence: boolean flags, functions, regular expressions,
 * DOM elements and constants are never personal data; a plain number is, only for numeric categories.
 */
import type { Evidence } from './evidence';
import { splitWords } from './identifiers';
import { NEUTRAL_TYPE_HEADS, NUMERIC_CATEGORIES, PRIMITIVE_TYPE_NAMES, SEGMENT_VOCABULARY as VOCABULARY } from './lexicon';
import { nameEvidence } from './nameEvidence';

const TYPE_FACTOR = 0.85;
const BIRTH = 'identity.birthDate';
const CACHE_LIMIT = 20000;

export interface TypeInfo {
  /** A function, or a type that holds no personal data whatever the name says (RegExp, HTMLElement, Logger). */
  kill: boolean;
  boolean: boolean;
  scalarNumber: boolean;
  string: boolean;
  /** A single literal type ("password", 42): the declaration is a constant. */
  literal: boolean;
  /** A type literal ({ user: string; password: string }). */
  literalObject: boolean;
  date: boolean;
  /** The words of each type name, each name followed by '|'. */
  words: string[];
}

export function typeInfo(typeText: string | undefined): TypeInfo | undefined {
  if (!typeText) return undefined;
  const t = typeText.replace(/\s*\|\s*(?:null|undefined)\b/g, '').replace(/^\s*(?:null|undefined)\s*\|\s*/, '').trim();
  const info: TypeInfo = {
    kill: /=>/.test(t) || /^Function\b/.test(t),
    boolean: /^(?:boolean|true|false)(?:\s*\|\s*(?:boolean|true|false))*$/.test(t),
    scalarNumber: /^(?:number|bigint)$/.test(t),
    string: /^string$/.test(t),
    literal: /^(?:"[^"]*"|'[^']*'|`[^`]*`|-?\d[\d.]*)$/.test(t) || isEnumMember(t),
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

/**
 * A member of an enum or a constant's type, or a union of them: `ChannelTypeEnum.EMAIL`, `typeof FieldType.EMAIL`.
 * It names a kind of value (the email channel), never holds one.
 */
function isEnumMember(t: string): boolean {
  return t.split('|').every((part) => {
    const p = part.trim();
    return /^typeof\s+[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(p) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[A-Z][A-Z0-9_]+$/.test(p);
  });
}

export function typeEvidence(info: TypeInfo): Evidence | undefined {
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

/** Applies what the type says to an evidence; 0 when the type rules it out. */
export function typeAdjusted(e: Evidence, type: TypeInfo | undefined): number {
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

const typeClues = new Map<string, boolean>();

/** Whether the type text is evidence by itself (memoised: the same few types recur across a workspace). */
export function typeMayMatch(typeText: string): boolean {
  let typed = typeClues.get(typeText);
  if (typed === undefined) {
    const info = typeInfo(typeText);
    typed = !!info && !!typeEvidence(info);
    if (typeClues.size >= CACHE_LIMIT) typeClues.clear();
    typeClues.set(typeText, typed);
  }
  return typed;
}
