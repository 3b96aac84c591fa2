/**
 * What a walk found in each top-level statement of an editor document, by the statement's text, for its next
 * version to take again. TypeScript's incremental parser keeps the nodes of the statements an edit did not touch,
 * but it parses anew every statement that holds a syntax error: after an edit that breaks a brace, most of a file
 * can be new nodes with the same text. Keyed by text, those are not walked again.
 *
 * A result must depend only on the statement's text (and what its key adds), and hold offsets relative to the
 * statement's start, or positions the reader moves. Only editor documents' trees are memoized: a one-off parse
 * (the CLI, closed files) has no next version.
 */
import ts = require('typescript');
import { isEditorTree } from './parse';

/** Documents remembered at most; the least recently analysed one goes first. */
const MAX_DOCUMENTS = 32;

export class StatementMemo<T> {
  /** Per document, the results of its last version's statements, by statement text and then by what else decides them. */
  private readonly documents = new Map<string, Map<string, Map<string, T>>>();

  /**
   * The lookup for one version of a document (`text`, as the reader has it: the parser may have been given a copy
   * with a character changed, see parse.ts): it returns the result for a statement (its text, and `also`, what
   * else decides the result), computing it only when the last version held no such statement. Undefined for a tree
   * that is not an editor document's. The text is a key of its own, not joined to `also`: a joined string would be
   * copied whole to be hashed.
   */
  version(sf: ts.SourceFile, text: string): ((statement: ts.Statement, also: string, compute: () => T) => T) | undefined {
    if (!isEditorTree(sf)) return undefined;
    const before = this.documents.get(sf.fileName);
    const now = new Map<string, Map<string, T>>();
    // Re-inserted, so that the map's order is least recently analysed first.
    this.documents.delete(sf.fileName);
    this.documents.set(sf.fileName, now);
    if (this.documents.size > MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    return (statement, also, compute) => {
      const key = text.slice(statement.pos, statement.end);
      let mine = now.get(key);
      let result = mine?.get(also) ?? before?.get(key)?.get(also);
      if (result === undefined) result = compute();
      if (!mine) now.set(key, (mine = new Map()));
      mine.set(also, result);
      return result;
    };
  }
}
