/**
 * The ids a person navigates by (purposes, categories, destinations, recipients, impact assessments, entries of
 * crossBorder.hosts) and where a tag or an outbound call writes them, read off the scanner's tokens and the egress
 * analysis: which id is under the cursor, and what the index records.
 */
import type { Localized, ParsedTag, Span, TagToken } from '../types';
import type { HostRule } from '../egress/types';
import { keyOfPair } from '../grammar/scanner';
import { matchesCategory } from '../taxonomy/taxonomy';

export type IdKind = 'purpose' | 'category' | 'destination' | 'recipient' | 'pia' | 'hostEntry';

/** What each kind of id is called, for messages and lists. */
export const ID_KIND_NAMES: Readonly<Record<IdKind, Localized>> = {
  purpose: { en: 'purpose', zh: '处理目的' },
  category: { en: 'category', zh: '个人信息类别' },
  destination: { en: 'destination', zh: '出境目的地' },
  recipient: { en: 'recipient', zh: '境外接收方' },
  pia: { en: 'impact assessment', zh: '影响评估' },
  hostEntry: { en: 'crossBorder.hosts entry', zh: 'crossBorder.hosts 条目' },
};

/** The id of a crossBorder.hosts entry: what it matches, as written ("env:CRM_URL", "host:*.example.com"). */
export function hostEntryId(rule: HostRule): string | undefined {
  return rule.host !== undefined ? `host:${rule.host}` : rule.package !== undefined ? `package:${rule.package}` : rule.env !== undefined ? `env:${rule.env}` : undefined;
}

/** An outbound call the policy's crossBorder.hosts settled, as the egress analysis found it. */
export interface SettledCall {
  /** The index of the crossBorder.hosts entry that decided where it goes. */
  policyEntry?: number;
  /** The callee, where the call is written. */
  callee: Span;
  /** The function holding it. */
  container?: string;
}

/** What a document's analysis says that navigation reads: its tags, and the outbound calls with where they go. */
export interface AnalysedIds {
  tags: readonly ParsedTag[];
  egress: readonly { call: { destination: { policyEntry?: number }; callee: Span; enclosing?: { name?: string } } }[];
  policy?: { crossBorder: { hosts: readonly HostRule[] } };
}

/** Every id a source document writes: its tags', and the crossBorder.hosts entries that settled its calls. */
export function analysisOccurrences(a: AnalysedIds): Occurrence[] {
  const calls = a.egress.map((e) => ({ policyEntry: e.call.destination.policyEntry, callee: e.call.callee, container: e.call.enclosing?.name }));
  return [...tagOccurrences(a.tags), ...settledCallOccurrences(calls, a.policy?.crossBorder.hosts)];
}

/** The outbound calls a crossBorder.hosts entry settled: references of that entry, so its definition leads to them. */
function settledCallOccurrences(calls: readonly SettledCall[], hosts: readonly HostRule[] | undefined): Occurrence[] {
  const out: Occurrence[] = [];
  for (const c of calls) {
    const rule = c.policyEntry === undefined ? undefined : hosts?.[c.policyEntry];
    const id = rule && hostEntryId(rule);
    if (id) out.push({ kind: 'hostEntry', id, span: c.callee, reach: c.callee, container: c.container ?? '' });
  }
  return out;
}

export interface Occurrence {
  kind: IdKind;
  id: string;
  /** The id's text, without quotes: what a rename replaces. */
  span: Span;
  /** Where the cursor finds it: the id itself, or in a tag the whole key=value pair. */
  reach: Span;
  /** The policy entry that defines the id: a key of the policy file, a recipients item, an impactAssessment value. */
  definition?: boolean;
  /** In a policy file, a scalar written without quotes (a new name YAML would misread gets them). */
  plain?: boolean;
  /** In a tag, the declaration it documents ("Customer.mobile"); in a policy file, where ("purposes.account"). */
  container: string;
}

/** Keys of a tag whose value is an id of the policy. */
const VALUE_KINDS: Readonly<Record<string, IdKind>> = { purpose: 'purpose', recipient: 'recipient', pia: 'pia' };

/** The id a token names, its quotes left out; undefined for one left open or empty. */
function idOf(t: TagToken): { id: string; span: Span } | undefined {
  if (t.unterminated) return undefined;
  const quoted = t.text.length >= 2 && t.text.startsWith('"') && t.text.endsWith('"');
  const span = quoted ? { start: t.start + 1, end: t.end - 1 } : { start: t.start, end: t.end };
  const id = quoted ? t.text.slice(1, -1) : t.text;
  return id ? { id, span } : undefined;
}

/** Every id the tags write: categories and destinations (subjects), categories= items, purpose=, recipient=, pia=. */
export function tagOccurrences(tags: readonly ParsedTag[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const tag of tags) {
    const container = [...tag.declaration.container, tag.declaration.name].join('.');
    const tokens = tag.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let kind: IdKind | undefined;
      let reachStart = t.start;
      if (t.role === 'subject') kind = tag.tag === 'personalData' ? 'category' : 'destination';
      else if (t.role === 'listItem' && t.key === 'categories') kind = 'category';
      else if (t.role === 'value' && t.key !== undefined && Object.hasOwn(VALUE_KINDS, t.key)) {
        kind = VALUE_KINDS[t.key];
        const k = keyOfPair(tokens, i);
        if (k >= 0) reachStart = tokens[k].start;
      }
      const named = kind && idOf(t);
      if (kind && named) out.push({ kind, id: named.id, span: named.span, reach: { start: reachStart, end: t.end }, container });
    }
  }
  return out;
}

/** The occurrence under the cursor (an offset at either end of it counts), the narrowest if several. */
export function occurrenceAt<T extends Occurrence>(occurrences: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const o of occurrences) {
    if (o.reach.start <= offset && offset <= o.reach.end && (!best || o.reach.end - o.reach.start < best.reach.end - best.reach.start)) best = o;
  }
  return best;
}

/** A category id that stands for others: "contact.*", "*", or a group ("contact"). */
export function isCategoryPattern(id: string, isGroup: (id: string) => boolean): boolean {
  return id === '*' || id.endsWith('.*') || isGroup(id);
}

/** Whether an id written somewhere is a use of `id`: the same id, or for categories a pattern covering it or covered by it. */
export function refersTo(kind: IdKind, id: string, written: { kind: IdKind; id: string }): boolean {
  if (written.kind !== kind) return false;
  return written.id === id || (kind === 'category' && (matchesCategory(written.id, id) || matchesCategory(id, written.id)));
}
