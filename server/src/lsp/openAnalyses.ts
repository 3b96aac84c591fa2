/**
 * One analysis per open document version. While the user types, each version is prepared (parsed incrementally
 * from the last one, its tags read) in the idle time of the debounce; the check then analyses it once, and
 * diagnostics, hovers, code lenses, fix-all and the inventory all read that result. A request for a version not yet
 * analysed (a hover before the check) analyses it, and the check then finds it done.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeDocument,
  type DocumentAnalysis,
  type Policy,
  type PreparedDocument,
  prepareDocument,
  type Project,
} from '../engine/index';
import type { Settings } from './settings';

/** What an analysis depends on besides the text: a change of any of these makes it stale. */
interface Inputs {
  version: number;
  policy?: Policy;
  hints: boolean;
  egress: boolean;
  today: string;
}

export interface OpenAnalysesDeps {
  /** The policy in force for a source file under these settings. */
  policyFor(file: string, settings: Settings): Policy | undefined;
  project: Project;
  today(): string;
}

/**
 * Whether what was made for a version is for the document as it is now. The version alone does not say: a client
 * that sends a stale or out-of-order version number gives the same number to another text. Comparing the texts costs
 * nothing when they are the same string, which they are when nothing changed.
 */
function same(known: { version: number; doc?: PreparedDocument; analysis?: DocumentAnalysis }, doc: TextDocument): boolean {
  return known.version === doc.version && (known.doc ?? known.analysis)!.text === doc.getText();
}

export class OpenAnalyses {
  private readonly prepared = new Map<string, { version: number; doc: PreparedDocument }>();
  private readonly results = new Map<string, Inputs & { analysis: DocumentAnalysis }>();

  constructor(private readonly deps: OpenAnalysesDeps) {}

  /** Parse the document's current version and read its tags, re-parsing only what changed since the last one. */
  prepare(doc: TextDocument, file: string, settings: Settings): PreparedDocument {
    const known = this.prepared.get(doc.uri);
    if (known && same(known, doc)) return known.doc;
    // The previous version's tree is consumed by the incremental parse: its analysis can no longer be read.
    this.prepared.delete(doc.uri);
    this.results.delete(doc.uri);
    const prepared = prepareDocument(doc.getText(), file, { parse: settings.detectUnannotated, previous: known?.doc });
    this.prepared.set(doc.uri, { version: doc.version, doc: prepared });
    return prepared;
  }

  /** The analysis of the document's current version, made now if it was not. */
  get(doc: TextDocument, file: string, settings: Settings): DocumentAnalysis {
    const inputs: Inputs = { version: doc.version, policy: this.deps.policyFor(file, settings), hints: settings.detectUnannotated, egress: settings.detectEgress, today: this.deps.today() };
    const known = this.results.get(doc.uri);
    if (known && same(known, doc) && known.policy === inputs.policy && known.hints === inputs.hints && known.egress === inputs.egress && known.today === inputs.today) return known.analysis;
    const prepared = this.prepare(doc, file, settings);
    // Hints for open files always (they are what the user is looking at), when the setting allows them.
    const analysis = analyzeDocument(prepared, inputs.policy, { today: inputs.today, project: this.deps.project, hints: inputs.hints ? 'all' : 'off', egress: inputs.egress });
    this.results.set(doc.uri, { ...inputs, analysis });
    return analysis;
  }

  /** The analysis already made for the document's current version, if any (never analyses). */
  current(doc: TextDocument): DocumentAnalysis | undefined {
    const known = this.results.get(doc.uri);
    return known && same(known, doc) ? known.analysis : undefined;
  }

  /** Another file this document's analysis read has changed (a type reaching a @crossBorder function): analyse again. */
  invalidate(uri: string): void {
    this.results.delete(uri);
  }

  forget(uri: string): void {
    this.prepared.delete(uri);
    this.results.delete(uri);
  }
}
