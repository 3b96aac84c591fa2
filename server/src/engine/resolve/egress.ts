/**
 * Egress discovery as part of a document's analysis: every outbound call of the file (tagged or not), with the
 * @crossBorder tag that covers it, if any, and what the rules make of it. The editor's hover, code lens and views
 * read this from `DocumentAnalysis.egress`; the egress rules read it through their `egress` hook.
 */
import type ts from 'typescript';
import type { ParsedTag } from '../types';
import type { Policy } from '../policy/model';
import type { ResolvedTag, ResolvedTransfer } from './resolve';
import { parseSource } from '../extract/extractTags';
import { isCountryCode } from '../geo/countries';
import type { Project } from '../xref/reaching';
import { exportedConstant, findEgress, mightHaveEgress, projectTypeReach, type EgressCall, type EnclosingFunction, type HostRule, type ImportedConstant } from '../egress/index';

/**
 * What the analysis makes of one outbound call:
 * - `untagged`: personal data reaches it, it goes abroad, no @crossBorder covers it (cross-border-untagged-transfer);
 * - `unresolved`: personal data reaches it, where it goes cannot be said, no @crossBorder covers it;
 * - `mismatch`: a @crossBorder covers it but names another country than the one it resolves to;
 * - `covered`: a @crossBorder covers it and agrees (or the call's destination is unresolved and the tag says it);
 * - `domestic`: it stays in mainland China; `internal`: it does not leave the network or the process;
 * - `no-data`: no personal data is known to reach it.
 */
export type EgressVerdict = 'untagged' | 'unresolved' | 'mismatch' | 'covered' | 'domestic' | 'internal' | 'no-data';

export interface EgressCover {
  tag: ParsedTag;
  /** What the tag resolves to under the policy. */
  transfer: ResolvedTransfer;
  /** The function the tag documents: the call's enclosing function, or a function of the file that calls it. */
  fn: EnclosingFunction;
}

export interface AnalyzedEgress {
  /** The call as egress discovery found it: where it goes and why, the data reaching it, its enclosing function. */
  call: EgressCall;
  verdict: EgressVerdict;
  cover?: EgressCover;
  /** The country the call resolves to (an ISO code; a policy destination id read as its country), when one is known. */
  country?: string;
  /**
   * Facial recognition (the call creates biometric.face): `covered` when a @personalData biometric.face (on the data
   * passed, or on the enclosing function) says so, `uncovered` otherwise. Absent for other calls.
   */
  face?: 'covered' | 'uncovered';
}

export interface EgressInput {
  text: string;
  fileName: string;
  tree: ts.SourceFile;
  tags: readonly ParsedTag[];
  resolved: ReadonlyMap<ParsedTag, ResolvedTag>;
  policy?: Policy;
  /** The cross-file index of the run or session: types and constants imported from other files are followed. */
  project?: Project;
}

/** The cheap text test: false means the file has no outbound call (no parse is needed for egress). */
export function mightEgress(text: string): boolean {
  return mightHaveEgress(text);
}

/** A policy destination id read as its country; an ISO code as itself; "domestic" as CN. */
function countryOf(destination: string | undefined, policy: Policy | undefined): string | undefined {
  if (!destination) return undefined;
  if (destination === 'domestic') return 'CN';
  const d = policy?.crossBorder.destinations.get(destination);
  if (d) return d.country ?? (isCountryCode(d.id) ? d.id : undefined);
  return isCountryCode(destination) ? destination : undefined;
}

function documents(tag: ParsedTag, fn: EnclosingFunction): boolean {
  if (fn.nameSpan && tag.declaration.nameSpan.start === fn.nameSpan.start) return true;
  return !!fn.jsDoc && tag.span.start >= fn.jsDoc.start && tag.span.end <= fn.jsDoc.end;
}

function importedConstants(project: Project): ImportedConstant {
  const trees = new Map<string, ts.SourceFile | null>();
  return (specifier, name, fromFile) => {
    const file = project.resolver.resolve(specifier, fromFile);
    if (!file) return undefined;
    let sf = trees.get(file);
    if (sf === undefined) {
      const text = project.index(file)?.text;
      sf = text === undefined ? null : parseSource(text, file);
      trees.set(file, sf);
    }
    return sf ? exportedConstant(sf, name) : undefined;
  };
}

/** The outbound calls of a document, each with its cover and verdict, in text order. */
export function analyzeEgress(input: EgressInput): AnalyzedEgress[] {
  const { text, fileName, tree, tags, resolved, policy, project } = input;
  const hosts: readonly HostRule[] = policy?.crossBorder.hosts ?? [];
  const calls = findEgress(tree, text, fileName, {
    hosts,
    tags,
    typeReach: project ? projectTypeReach(project, fileName, text, tree) : undefined,
    importedConstant: project ? importedConstants(project) : undefined,
  });
  if (calls.length === 0) return [];
  const transfers: ResolvedTransfer[] = [];
  for (const r of resolved.values()) if (r.kind === 'crossBorder') transfers.push(r.r);
  const faceTags = tags.filter((t) => t.tag === 'personalData' && t.subjects.some((s) => s.text === 'biometric.face' || s.text === 'biometric'));
  return calls.map((call) => {
    let cover: EgressCover | undefined;
    for (const fn of [call.enclosing, ...call.callers]) {
      if (!fn || cover) continue;
      const transfer = transfers.find((t) => documents(t.tag, fn));
      if (transfer) cover = { tag: transfer.tag, transfer, fn };
    }
    const d = call.destination;
    const country = d.status === 'resolved' ? (d.domestic ? 'CN' : countryOf(d.destination, policy)) : undefined;
    const item: AnalyzedEgress = { call, verdict: verdictOf(call, cover, country), cover, country };
    if (call.creates.includes('biometric.face')) {
      const tagged = call.data.some((e) => e.kind === 'tag' && e.category === 'biometric.face') ||
        (!!call.enclosing && faceTags.some((t) => documents(t, call.enclosing!)));
      item.face = tagged ? 'covered' : 'uncovered';
    }
    return item;
  });
}

function verdictOf(call: EgressCall, cover: EgressCover | undefined, country: string | undefined): EgressVerdict {
  const d = call.destination;
  if (d.status === 'internal') return 'internal';
  if (d.status === 'resolved' && (d.domestic || country === 'CN')) return 'domestic';
  if (cover) {
    const tagCountry = cover.transfer.country;
    return country && tagCountry && tagCountry !== country ? 'mismatch' : 'covered';
  }
  // What a call creates by its nature (a face template) is the face check's; the transfer rules count what is sent.
  const sent = call.data.some((e) => e.kind !== 'catalogue' || !call.creates.includes(e.category));
  if (!sent) return 'no-data';
  return d.status === 'resolved' ? 'untagged' : 'unresolved';
}
