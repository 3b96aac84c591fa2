/**
 * Resolves a parsed tag against the policy once, so that every rule reads the same facts:
 * the categories it covers, the purpose, and the basis / retention / mechanism in force and where each came from.
 */
import type { ParsedParam, ParsedTag, ParsedWord, Span } from '../types';
import type { Destination, Policy, Purpose } from '../policy/model';
import type { Taxonomy } from '../taxonomy/taxonomy';
import type { Mechanism } from '../grammar/vocabulary';
import { isCountryCode } from '../geo/countries';
import { requiredMechanism, type Requirement, type TransferFacts } from '../law/requiredMechanism';
import type { ParameterReach } from '../xref/reaching';

export interface CategoryRef {
  /** As written: a category id or a group id. */
  id: string;
  span: Span;
  /** The categories it stands for (empty when unknown). */
  members: string[];
}

/** A value in force for a tag and where it came from. */
export interface Sourced<T> {
  value: T;
  /** The tag's own key=value, when the tag sets it. */
  param?: ParsedParam;
  /** 'tag', or the purpose / destination that supplied it. */
  from: 'tag' | 'purpose' | 'destination';
}

export interface ResolvedPersonalData {
  tag: ParsedTag;
  categories: CategoryRef[];
  purposeParam?: ParsedParam;
  purpose?: Purpose;
  basis?: Sourced<string>;
  retention?: Sourced<string>;
  pia?: Sourced<string>;
  subjectParam?: ParsedParam;
  minor: boolean;
  /** Sensitive categories covered (every category when subject=minor). */
  sensitive: string[];
}

export interface ResolvedTransfer {
  tag: ParsedTag;
  destinationWord: ParsedWord;
  /** The policy's record, matched by id or by a unique country. */
  destination?: Destination;
  /** ISO code of the destination, when known. */
  country?: string;
  /** CN: not a transfer out of mainland China at all. */
  domestic: boolean;
  mechanism?: Sourced<Mechanism>;
  exemption?: Sourced<string>;
  /** What is sent: the tag's categories=, else the destination's. */
  sent: CategoryRef[];
  sentFrom: 'tag' | 'destination' | 'none';
  purposeParam?: ParsedParam;
  purpose?: Purpose;
  consentSeparate: boolean;
  pia?: Sourced<string>;
  /** subject=minor on the tag: what it sends is a minor's. */
  subjectParam?: ParsedParam;
  minor: boolean;
  /**
   * Sensitive PI sent: sensitive categories among those sent, every category sent with subject=minor, and (once
   * `withReaching` ran) what reaches the parameters sensitive or a minor's.
   */
  sensitiveSent: string[];
  /** Of those, the categories sent as a minor's (all PI of a minor under 14 is sensitive, PIPL Art. 28). */
  minorsSent: string[];
  /** The facts the requirement was computed from. */
  facts: TransferFacts;
  requirement: Requirement;
  /** Personal data reaching each parameter, when cross-file resolution ran. */
  parameters?: ParameterReach[];
}

/** A tag and what it resolves to. */
export type ResolvedTag = { kind: 'personalData'; r: ResolvedPersonalData } | { kind: 'crossBorder'; r: ResolvedTransfer };

export function param(tag: ParsedTag, key: string): ParsedParam | undefined {
  return tag.params.find((p) => p.key === key);
}

function refs(words: ParsedWord[], taxonomy: Taxonomy): CategoryRef[] {
  return words.map((w) => ({ id: w.text, span: w.span, members: taxonomy.expand(w.text) }));
}

/** Words of a categories= value, with their own spans inside the value. */
export function listWords(p: ParsedParam, text: string): ParsedWord[] {
  const words: ParsedWord[] = [];
  const re = /[^,\s"]+/g;
  const raw = text.slice(p.valueSpan.start, p.valueSpan.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) words.push({ text: m[0], span: { start: p.valueSpan.start + m.index, end: p.valueSpan.start + m.index + m[0].length } });
  return words;
}

function sourced<T>(p: ParsedParam | undefined, fallback: T | undefined, from: 'purpose' | 'destination'): Sourced<T> | undefined {
  if (p) return { value: p.value as unknown as T, param: p, from: 'tag' };
  return fallback !== undefined && fallback !== null ? { value: fallback, from } : undefined;
}

export function resolvePersonalData(tag: ParsedTag, policy: Policy | undefined, taxonomy: Taxonomy): ResolvedPersonalData {
  const categories = refs(tag.subjects, taxonomy);
  const purposeParam = param(tag, 'purpose');
  const purpose = purposeParam ? policy?.purposes.get(purposeParam.value) : undefined;
  const subjectParam = param(tag, 'subject');
  const minor = subjectParam?.value === 'minor';
  const members = [...new Set(categories.flatMap((c) => c.members))];
  const sensitive = minor ? members : members.filter((id) => taxonomy.isSensitive(id));
  return {
    tag,
    categories,
    purposeParam,
    purpose,
    basis: sourced(param(tag, 'basis'), purpose?.basis, 'purpose'),
    retention: sourced(param(tag, 'retention'), purpose?.retention, 'purpose'),
    pia: sourced(param(tag, 'pia'), purpose?.impactAssessment, 'purpose'),
    subjectParam,
    minor,
    sensitive,
  };
}

export function findDestination(policy: Policy | undefined, word: string): Destination | undefined {
  if (!policy) return undefined;
  const direct = policy.crossBorder.destinations.get(word);
  if (direct) return direct;
  const byCountry = [...policy.crossBorder.destinations.values()].filter((d) => d.country === word);
  return byCountry.length === 1 ? byCountry[0] : undefined;
}

export function resolveTransfer(tag: ParsedTag, text: string, policy: Policy | undefined, taxonomy: Taxonomy): ResolvedTransfer {
  const destinationWord = tag.subjects[0];
  const destination = findDestination(policy, destinationWord.text);
  const country = destination?.country ?? (isCountryCode(destinationWord.text) ? destinationWord.text : undefined);
  const categoriesParam = param(tag, 'categories');
  let sent: CategoryRef[] = [];
  let sentFrom: ResolvedTransfer['sentFrom'] = 'none';
  if (categoriesParam) {
    sent = refs(listWords(categoriesParam, text), taxonomy);
    sentFrom = 'tag';
  } else if (destination?.categories) {
    sent = destination.categories.map((pattern) => ({ id: pattern, span: destinationWord.span, members: taxonomy.matching(pattern) }));
    sentFrom = 'destination';
  }
  const sentIds = [...new Set(sent.flatMap((c) => c.members))];
  const subjectParam = param(tag, 'subject');
  const minor = subjectParam?.value === 'minor';
  const minorsSent = minor ? sentIds : [];
  const sensitiveSent = minor ? sentIds : sentIds.filter((id) => taxonomy.isSensitive(id));
  const purposeParam = param(tag, 'purpose');
  const purpose = purposeParam ? policy?.purposes.get(purposeParam.value) : undefined;
  const mechanism = sourced<Mechanism>(param(tag, 'mechanism'), destination?.mechanism, 'destination');
  let exemption = sourced<string>(param(tag, 'exemption'), destination?.exemption ?? undefined, 'destination');
  // "exempt" with no exemption named is read as relying on the volume threshold.
  if (mechanism?.value === 'exempt' && !exemption) exemption = { value: 'below-threshold', from: mechanism.from };
  const consentSeparate = param(tag, 'consent')?.value === 'separate' || destination?.separateConsent === true;
  const piaParam = param(tag, 'pia');
  const pia: Sourced<string> | undefined = piaParam
    ? { value: piaParam.value, param: piaParam, from: 'tag' }
    : purpose?.impactAssessment
      ? { value: purpose.impactAssessment, from: 'purpose' }
      : destination?.impactAssessment
        ? { value: destination.impactAssessment, from: 'destination' }
        : undefined;
  const facts: TransferFacts = {
    ciio: policy?.ciio ?? false,
    importantData: policy?.crossBorder.importantData ?? false,
    volume: policy?.crossBorder.volume,
    sensitiveSent,
    minorsSent,
    minor,
    exemption: exemption?.value,
  };
  const requirement = requiredMechanism(facts);
  const domestic = destinationWord.text === 'CN' || country === 'CN';
  return { tag, destinationWord, destination, country, domestic, mechanism, exemption, sent, sentFrom, purposeParam, purpose, consentSeparate, pia, subjectParam, minor, sensitiveSent, minorsSent, facts, requirement };
}

/**
 * The transfer with what reaches its function's parameters: data that reaches it leaves with it, so sensitive
 * categories, and anything a type tagged subject=minor carries, count toward the sensitive PI sent and the mechanism.
 */
export function withReaching(t: ResolvedTransfer, parameters: ParameterReach[], taxonomy: Taxonomy): ResolvedTransfer {
  const sensitive = new Set(t.sensitiveSent);
  const minors = new Set(t.minorsSent);
  for (const p of parameters) {
    for (const r of p.reached) {
      const members = taxonomy.expand(r.category);
      for (const id of members.length ? members : [r.category]) {
        if (r.minor) minors.add(id);
        if (r.minor || taxonomy.isSensitive(id)) sensitive.add(id);
      }
    }
  }
  const sensitiveSent = [...sensitive];
  const minorsSent = [...minors];
  const facts: TransferFacts = { ...t.facts, sensitiveSent, minorsSent };
  return { ...t, parameters, sensitiveSent, minorsSent, facts, requirement: requiredMechanism(facts) };
}
