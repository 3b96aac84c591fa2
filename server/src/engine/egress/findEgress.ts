/**
 * Egress discovery for one file: every call that sends data out of the process through a catalogued channel,
 * where it goes, which personal data reaches it, and the function a @crossBorder tag for it would document.
 * Pure: the caller's syntax tree and text in, plain data out; the policy's crossBorder.hosts, the file's tags and
 * the cross-file lookups arrive as arguments. A text prefilter lets files that import no catalogued module and
 * call no catalogued global (most files) skip all of it.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { ParsedTag } from '../types';
import { noFiles } from '../host';
import { extractTags } from '../extract/extractTags';
import { Project, reachingType } from '../xref/reaching';
import { builtinCatalogue, type Catalogue } from './catalogue';
import { AccessPaths, type Handle, type Matched } from './access';
import { FileScope, spanOf, type CallLike } from './scope';
import { Values, type ImportedConstant } from './values';
import { DataFlow, rankEvidence, type TypeReach } from './dataflow';
import { resolveDestination, urlOf, type UrlSource } from './destination';
import { Enclosing } from './enclosing';
import type { DataEvidence, EgressCall, HostRule } from './types';

export interface EgressOptions {
  /** The catalogue to use (tests); the built-in one by default. */
  catalogue?: Catalogue;
  /** The policy's crossBorder.hosts entries, in order (the policy decides first). */
  hosts?: readonly HostRule[];
  /** The file's tags, from extractTags (read here when not given). */
  tags?: readonly ParsedTag[];
  /**
   * Personal data reaching a value of a declared type, across files (projectTypeReach binds the cross-file index).
   * Without it, types are followed within this file only.
   */
  typeReach?: TypeReach;
  /** Reads a string constant another module exports (for URLs and hosts imported from a config module). */
  importedConstant?: ImportedConstant;
}

/** The cheap test: false means findEgress finds nothing in this text, and it can skip the parse. */
export function mightHaveEgress(text: string, catalogue: Catalogue = builtinCatalogue()): boolean {
  return catalogue.mightEgress(text);
}

/** A TypeReach backed by the cross-file index of a run or session (types imported from other files are followed). */
export function projectTypeReach(project: Project, fileName: string, text: string, sf: ts.SourceFile): TypeReach {
  return (type, via) => reachingType(project, fileName, text, sf, type, via);
}

/** Types followed within the file alone. */
function sameFileTypeReach(fileName: string, text: string, sf: ts.SourceFile): TypeReach {
  let project: Project | undefined;
  return (type, via) => {
    project ??= new Project({
      ...noFiles,
      readFile: (f) => (f === fileName ? { text } : { problem: 'missing', error: 'ENOENT' }),
      stat: (f) => (f === fileName ? { kind: 'file', size: text.length } : { error: 'ENOENT' }),
    });
    return reachingType(project, fileName, text, sf, type, via);
  };
}

function personalDataTags(tags: readonly ParsedTag[]): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const t of tags) {
    if (t.tag !== 'personalData') continue;
    const list = at.get(t.declaration.nameSpan.start) ?? [];
    list.push(...t.subjects.map((s) => s.text));
    at.set(t.declaration.nameSpan.start, list);
  }
  return at;
}

/** Every outbound call of a file, in text order. */
export function findEgress(sf: ts.SourceFile, text: string, fileName: string, options: EgressOptions = {}): EgressCall[] {
  const catalogue = options.catalogue ?? builtinCatalogue();
  if (!catalogue.mightEgress(text)) return [];
  const scope = new FileScope(sf);
  const access = new AccessPaths(scope, catalogue);
  const matched: Matched[] = [];
  const unmatched: CallLike[] = [];
  for (const call of scope.calls) {
    const m = access.match(call);
    if (m) matched.push(m);
    else unmatched.push(call);
  }
  if (matched.length === 0) return [];

  const values = new Values(scope, fileName, options.importedConstant);
  const tags = options.tags ?? extractTags(text, fileName, sf).tags;
  const flow = new DataFlow(scope, values, personalDataTags(tags), fileName, options.typeReach ?? sameFileTypeReach(fileName, text, sf));
  const enclosing = new Enclosing(scope, text);
  const ctx = { catalogue, hosts: options.hosts ?? [], values, configCalls: configCallsOf(access, unmatched) };

  // Where a client said it goes: a factory's URL (new WebSocket(url) for ws.send), or a call on the same holder
  // that names one (xhr.open for xhr.send).
  const urlOfMatch = (m: Matched): UrlSource | undefined => (m.op.url ? urlOf(m.call, m.op.url, values) : undefined);
  const byHolder = new Map<ts.Node, UrlSource>();
  for (const m of matched) {
    const url = m.handle.holder && urlOfMatch(m);
    if (url && !byHolder.has(m.handle.holder!)) byHolder.set(m.handle.holder!, url);
  }
  const clientUrl = (m: Matched): UrlSource | undefined => {
    for (let i = m.handle.factories.length - 1; i >= 0; i--) {
      const call = m.handle.factories[i];
      const op = access.match(call);
      const factory = op ? undefined : access.factory(call, m.entry);
      const url = op ? urlOfMatch(op) : factory && urlOf(call, factory.url, values);
      if (url) return url;
    }
    return m.handle.holder ? byHolder.get(m.handle.holder) : undefined;
  };

  const out: EgressCall[] = [];
  for (const m of matched) {
    const { call, entry, op } = m;
    const evidence: DataEvidence[] = [];
    const operation = `${entry.vendor} ${op.call || '(call)'}`;
    for (const p of op.payload ?? []) {
      const arg = call.arguments?.[p.arg];
      if (!arg) continue;
      if (p.personalData) evidence.push(...flow.roles(arg, p.personalData, operation));
      evidence.push(...flow.flow(arg));
    }
    // A URL carries what its query string or path is built from.
    const url = m.op.url && call.arguments?.[m.op.url.arg];
    if (url && !(op.payload ?? []).some((p) => p.arg === m.op.url!.arg)) evidence.push(...flow.flow(url));
    const callee = spanOf(call.expression, sf);
    for (const category of entry.creates ?? []) {
      evidence.push({ category, kind: 'catalogue', span: callee, reason: createsReason(entry.vendor, category) });
    }
    const data = rankEvidence(evidence);
    const result: EgressCall = {
      span: spanOf(call, sf),
      callee,
      entry: { id: entry.id, vendor: entry.vendor, kind: entry.kind },
      operation: op.call,
      destination: resolveDestination(m, ctx, clientUrl(m)),
      data,
      categories: [...new Set(data.map((d) => d.category))],
      creates: [...(entry.creates ?? [])],
      enclosing: enclosing.of(call),
      callers: enclosing.callersOf(call),
    };
    if (m.handle.origin.kind === 'package') result.package = m.handle.origin.specifier;
    else result.global = m.global;
    out.push(result);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The module or global a handle starts from, as a key. */
function originKey(h: Handle): string {
  return h.origin.kind === 'package' ? `p:${h.origin.specifier}` : `g:${h.origin.root}`;
}

/**
 * Calls on a catalogued module or global that send nothing (`datadogRum.init({ site })`), by what they start from:
 * for a call on the module itself (no client made on the way), they are where its region or host is configured.
 */
function configCallsOf(access: AccessPaths, unmatched: readonly CallLike[]): (m: Matched) => readonly CallLike[] {
  let byOrigin: Map<string, CallLike[]> | undefined;
  return (m) => {
    if (m.handle.factories.length || m.handle.holder) return [];
    if (!byOrigin) {
      byOrigin = new Map();
      for (const call of unmatched) {
        // A statement of its own: a call whose result is kept makes a client (axios.create), it configures nothing.
        const parent = ts.isAwaitExpression(call.parent) ? call.parent.parent : call.parent;
        if (!ts.isExpressionStatement(parent)) continue;
        const h = access.handleOf(call.expression);
        if (!h || h.factories.length || h.holder) continue;
        const list = byOrigin.get(originKey(h)) ?? [];
        list.push(call);
        byOrigin.set(originKey(h), list);
      }
    }
    return byOrigin.get(originKey(m.handle)) ?? [];
  };
}

function createsReason(vendor: string, category: string): DataEvidence['reason'] {
  return category === 'biometric.face'
    ? { en: `${vendor} is facial recognition: the call creates or sends face data (biometric.face).`, zh: `${vendor} 属于人脸识别：该调用生成或发送人脸信息（biometric.face）。` }
    : { en: `${vendor} creates ${category} by what it does.`, zh: `${vendor} 的功能本身生成 ${category}。` };
}
