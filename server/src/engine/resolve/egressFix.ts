/**
 * What the egress rules say about an outbound call and the fixes they offer: a @crossBorder tag for the function
 * holding the call (its JSDoc block, created when there is none) and entries for the policy file.
 */
import type { FixData, Localized } from '../types';
import type { Policy } from '../policy/model';
import { SIMPLE_ID } from '../grammar/vocabulary';
import { tagEdit, type JsDocTarget } from '../extract/jsDocEdit';
import { placeName } from '../egress/reasons';
import type { EnclosingFunction } from '../egress/types';
import type { AnalyzedEgress } from './egress';

/** "SendGrid (api.sendgrid.com)", "fetch to crm.example.com", or the vendor alone. */
export function recipientText(e: AnalyzedEgress): string {
  const d = e.call.destination;
  const vendor = d.vendor?.name ?? e.call.entry.vendor;
  return d.host ? `${vendor} (${d.host})` : vendor;
}

/** "contact.email, identity.name" */
export function categoriesText(e: AnalyzedEgress): string {
  return e.call.categories.join(', ');
}

/** The destination a tag or policy entry names for a country: the policy's destination with that country, else the code. */
export function destinationFor(country: string, policy: Policy | undefined): string {
  if (policy) {
    if (policy.crossBorder.destinations.has(country)) return country;
    const same = [...policy.crossBorder.destinations.values()].filter((d) => d.country === country);
    if (same.length === 1) return same[0].id;
  }
  return country;
}

/** The destination as a reader knows it: "the United States (US)"; a policy id with its country. */
export function countryText(country: string): Localized {
  return placeName(country);
}

/** Where a JSDoc tag for a function goes: its block, or a new one before its declaration. */
export function jsDocTargetOf(text: string, fn: EnclosingFunction): JsDocTarget {
  const lineStart = text.lastIndexOf('\n', fn.docStart - 1) + 1;
  return { declarationStart: fn.docStart, indent: fn.indent, ownLine: /^[ \t]*$/.test(text.slice(lineStart, fn.docStart)), jsDoc: fn.jsDoc };
}

/** The first function a @crossBorder tag can document: the call's own, else the nearest same-file caller. */
function taggable(e: AnalyzedEgress): EnclosingFunction | undefined {
  return [e.call.enclosing, ...e.call.callers].find((f): f is EnclosingFunction => !!f?.taggable);
}

/** A recipient= value: the catalogue's id of the vendor (plain HTTP has none). */
function recipientId(e: AnalyzedEgress): string | undefined {
  const id = e.call.destination.vendor?.id ?? (e.call.entry.kind === 'http' ? undefined : e.call.entry.id);
  return id && SIMPLE_ID.test(id) ? id : undefined;
}

/**
 * The @crossBorder tag for a call, one per destination given, on the function holding it. Its categories are those
 * of every call of the same function going to the same place (`peers`), so two calls in one function get one tag.
 */
export function crossBorderTagFix(text: string, e: AnalyzedEgress, destinations: readonly string[], peers: readonly AnalyzedEgress[]): FixData | undefined {
  const fn = taggable(e);
  if (!fn || destinations.length === 0) return undefined;
  const together = peers.filter((p) => taggable(p)?.docStart === fn.docStart && p.country === e.country);
  const categories = [...new Set([e, ...together].flatMap((p) => p.call.categories))];
  const recipient = recipientId(e);
  const target = jsDocTargetOf(text, fn);
  const where = fn.name ?? 'the function';
  return {
    kind: 'addTag',
    choices: destinations.map((dest) => {
      const tag = `@crossBorder ${dest}${recipient ? ` recipient=${recipient}` : ''}${categories.length ? ` categories=${categories.join(',')}` : ''}`;
      return {
        title: { en: `Add @crossBorder ${dest} to ${where}`, zh: `为 ${where} 添加 @crossBorder ${dest}` },
        tag,
        edit: tagEdit(text, target, tag),
        preferred: destinations.length === 1,
      };
    }),
  };
}

/** The policy's destinations and domestic: what a crossBorder.hosts entry or a tag may name. */
export function destinationChoices(policy: Policy | undefined): string[] {
  return [...(policy?.crossBorder.destinations.keys() ?? [])];
}

/** What a crossBorder.hosts entry would read an unresolved call's destination from, if anything. */
export function hostEntryFor(e: AnalyzedEgress, policy: Policy | undefined): FixData | undefined {
  const d = e.call.destination;
  const choices = [...destinationChoices(policy), 'domestic'];
  if (d.env?.length) return { kind: 'addPolicyHost', key: 'env', value: d.env[0], choices };
  if (d.host) return { kind: 'addPolicyHost', key: 'host', value: d.host, choices };
  if (e.call.package) return { kind: 'addPolicyHost', key: 'package', value: e.call.package, choices };
  return undefined;
}

/** Fixes side by side, leaving out the missing ones. */
export function several(...fixes: (FixData | undefined)[]): FixData | undefined {
  const present = fixes.filter((f): f is FixData => !!f);
  return present.length === 0 ? undefined : present.length === 1 ? present[0] : { kind: 'several', fixes: present };
}
