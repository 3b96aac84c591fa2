/**
 * What the navigation requests share: the id under the cursor, read from the document's current version (its
 * analysis, or for a policy file its text), the policy whose namespace it is in, and the workspace index
 * brought up to date with the open documents.
 */
import type { Location, Position, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisOccurrences, isPolicyFileName, occurrenceAt, policyOccurrences, Taxonomy, type CategoryNames, type Occurrence, type Place } from '../engine/index';
import type { Session } from './session';
import { pathToUri, uriToPath } from './uris';

export interface Cursor {
  doc: TextDocument;
  file: string;
  /** The id under the cursor. */
  at: Place;
  /** Every id of the document. */
  places: readonly Place[];
  /** The policy file whose namespace the document is in (itself for a policy file). */
  scope?: string;
  /** The categories of the policy in force (the built-in taxonomy without one). */
  names: CategoryNames;
}

export class Navigation {
  /** The text each policy file was last indexed from here. */
  private readonly policyTexts = new Map<string, string>();

  constructor(
    private readonly session: Session,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  get index() {
    return this.session.checker.index;
  }

  /** Record the document's ids as they are now (its check may still be waiting for the debounce). */
  private async refresh(doc: TextDocument): Promise<{ file: string; scope?: string; policy?: { taxonomy: Taxonomy } } | undefined> {
    const file = uriToPath(doc.uri);
    if (!file) return undefined;
    const p = await this.session.policyFor(doc.uri);
    let occurrences: Occurrence[];
    if (isPolicyFileName(file)) occurrences = policyOccurrences(doc.getText());
    else {
      const analysis = await this.session.analysisFor(doc);
      if (!analysis) return undefined;
      occurrences = analysisOccurrences(analysis);
    }
    this.index.set(file, doc.getText(), occurrences, p?.file);
    // The governing policy as it is in force, also where no scan reads it (workspace diagnostics off, a policyFile
    // setting outside the folders).
    if (p && p.file !== file) {
      const text = this.session.policies.state(p.file).text;
      if (this.policyTexts.get(p.file) !== text || !this.index.has(p.file)) {
        this.index.set(p.file, text, policyOccurrences(text), p.file);
        this.policyTexts.set(p.file, text);
      }
    }
    return { file, scope: p?.file, policy: p?.policy };
  }

  /** The id at a position of an open document, if any. */
  async at(uri: string, position: Position): Promise<Cursor | undefined> {
    const doc = this.documents.get(uri);
    const known = doc && (await this.refresh(doc));
    if (!doc || !known) return undefined;
    const places = this.index.placesIn(known.file);
    const at = occurrenceAt(places, doc.offsetAt(position));
    if (!at) return undefined;
    return { doc, file: known.file, at, places, scope: known.scope, names: known.policy?.taxonomy ?? new Taxonomy() };
  }

  /** Every open document recorded as it is now, and the workspace scan done: what the index says is then complete. */
  async current(): Promise<void> {
    await this.session.scanned();
    for (const doc of this.documents.all()) await this.refresh(doc);
  }
}

export function locationOf(p: Place): Location {
  return { uri: pathToUri(p.file), range: p.range };
}
