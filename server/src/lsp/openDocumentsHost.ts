/**
 * The language server's host: an open document's unsaved text wins over the file on disk, for reading and for
 * whether the file exists; folder listings and links come from disk.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DirEntry, FileRead, FileStat, Host, HostError } from '../engine/index';
import { uriToPath } from './uris';

export class OpenDocumentsHost implements Host {
  /** The URI of each open document by its path: looked up on every read, where a path-to-URI conversion would not be cheap. */
  private readonly open = new Map<string, string>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly disk: Host,
  ) {
    for (const uri of documents.keys()) {
      const file = uriToPath(uri);
      if (file) this.open.set(file, uri);
    }
    documents.onDidOpen((e) => {
      const file = uriToPath(e.document.uri);
      if (file) this.open.set(file, e.document.uri);
    });
    documents.onDidClose((e) => {
      const file = uriToPath(e.document.uri);
      if (file) this.open.delete(file);
    });
  }

  private textOf(file: string): string | undefined {
    const uri = this.open.get(file);
    return uri === undefined ? undefined : this.documents.get(uri)?.getText();
  }

  /** An open document's size is its length in characters, as the checker measures it. */
  readFile(file: string, maxBytes: number): FileRead {
    const text = this.textOf(file);
    if (text === undefined) return this.disk.readFile(file, maxBytes);
    return text.length > maxBytes ? { problem: 'too-large', size: text.length } : { text };
  }

  stat(file: string): FileStat | HostError {
    const text = this.textOf(file);
    return text === undefined ? this.disk.stat(file) : { kind: 'file', size: text.length };
  }

  list(dir: string): DirEntry[] | HostError {
    return this.disk.list(dir);
  }

  realPath(file: string): string | HostError {
    return this.disk.realPath(file);
  }
}
