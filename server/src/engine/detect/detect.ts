/**
 * Decides whether a declaration's name, type and documentation strongly suggest personal data, and
 * which category of the built-in taxonomy. Pure and fast: a few map lookups per word, memoised.
 *
 * Evidence comes from three places, each scored 0..1:
 * - the name (nameEvidence.ts, chineseEvidence.ts for Chinese names): the best-scoring term of the lexicon
 *   in its words, judged by the words around it (what follows is the head of an English or Chinese compound:
 *   emailTemplate is a template; what precedes is a person, a business, a flag or a technical qualifier)
 *   and by the owner (owner.ts: name in interface User vs in ProductConfig);
 * - the documentation (docEvidence.ts): Chinese terms (手机号, 身份证, 住址) judged within their clause
 *   (手机号正则 and 是否开启手机号登录 are not phone numbers), English terms within their sentence;
 * - the type (typeEvidence.ts): its own words (PhoneNumber, EmailAddress, GeolocationPosition); it also rules
 *   the others out (boolean flags, functions, regular expressions, DOM elements are never personal data).
 * Agreeing evidence is combined here (noisy-or); the detection is reported at DETECTION_THRESHOLD or above,
 * with a reason (reason.ts). The vocabulary they read is data, in lexicon.ts.
 */
import type { Localized } from '../types';
import { chineseEvidence } from './chineseEvidence';
import { docEvidence } from './docEvidence';
import type { DetectContext, Evidence, Source } from './evidence';
import { hasCjk, splitWords } from './identifiers';
import { CRYPTO_WORDS, SERVICE_SIBLINGS, TYPE_SLOT_NAMES, SEGMENT_VOCABULARY as VOCABULARY } from './lexicon';
import { nameEvidence, nameMayMatch, ownerExcludes } from './nameEvidence';
import { ownerOf } from './owner';
import { reasonFor } from './reason';
import { typeAdjusted, typeEvidence, typeInfo, typeMayMatch, type TypeInfo } from './typeEvidence';

export interface Detection {
  /** A category id of the built-in taxonomy. */
  category: string;
  /** 0..1; reported only at DETECTION_THRESHOLD or above. */
  confidence: number;
  reason: Localized;
}

export type { DetectContext } from './evidence';

/** Chosen for precision: see test/engine/detect.test.ts and the published figures in quality.ts. */
export const DETECTION_THRESHOLD = 0.6;

const MIN_EVIDENCE = 0.3;
const ADDR = 'contact.address';
const CRED = 'account.credential';

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
  if (nameMayMatch(splitWords(name, VOCABULARY))) return true;
  return !!typeText && typeMayMatch(typeText);
}

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
  // Documentation that repeats the name ("fullName: The full name ...") is not a second opinion, unless it says
  // whose it is ("name: Mentioned user's name").
  const echo = !!fromName && !!doc.evidence && doc.evidence.category === fromName.category &&
    doc.evidence.matched.replace(/ /g, '') === fromName.matched.replace(/ /g, '') && !doc.evidence.strong && !doc.evidence.possessor?.person;
  if (doc.evidence && !echo) evidences.push(doc.evidence);
  // A slot of a type-level map (`dto: CustomerAddressDTO`) holds nothing, whatever its type names.
  const fromType = type && !TYPE_SLOT_NAMES.has(name.toLowerCase()) ? typeEvidence(type) : undefined;
  if (fromType) evidences.push(fromType);

  // In blockchain code an address is a wallet's or a contract's.
  const crypto = evidences.some((e) => e.category === ADDR) && isCrypto(context, type);
  const excluded = new Set(evidences.map((e) => e.category).filter((c) => ownerExcludes(owner, c)));
  // Next to a host, a port or an API key a password is a service's (a provider integration's credentials).
  if (context.siblings?.some((s) => SERVICE_SIBLINGS.has(splitWords(s, VOCABULARY).join(' ')))) excluded.add(CRED);
  const scored = evidences
    .map((e) => ({ ...e, score: (crypto && e.category === ADDR) || excluded.has(e.category) ? 0 : typeAdjusted(e, type) * (doc.killed ? 0.5 : 1) }))
    .filter((e) => e.score >= (e.source === 'name' ? 0.1 : MIN_EVIDENCE));
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0];
  const agreeing = scored.filter((e) => e.category === top.category);
  const confidence = Math.min(0.99, 1 - agreeing.reduce((p, e) => p * (1 - e.score), 1));
  return {
    category: top.category,
    confidence: Math.round(confidence * 1000) / 1000,
    reason: reasonFor(name, context, owner, top, agreeing.slice(1)),
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
