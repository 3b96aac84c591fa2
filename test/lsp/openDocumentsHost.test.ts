/** The server's host: an open document's unsaved text wins over the disk until it is closed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocumentsHost } from '../../server/src/lsp/openDocumentsHost';
import { pathToUri } from '../../server/src/lsp/uris';
import { MemoryHost } from '../memoryHost';

type Listener = (params: unknown) => void;

/** The notifications TextDocuments listens to, sent by hand as an editor would. */
function editor(documents: TextDocuments<TextDocument>) {
  const handlers = new Map<string, Listener>();
  const on = (name: string) => (h: Listener) => {
    handlers.set(name, h);
    return { dispose: () => undefined };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  };
  documents.listen(connection as unknown as Parameters<TextDocuments<TextDocument>['listen']>[0]);
  let version = 1;
  return {
    open: (file: string, text: string) => handlers.get('open')!({ textDocument: { uri: pathToUri(file), languageId: 'typescript', version: version++, text } }),
    change: (file: string, text: string) => handlers.get('change')!({ textDocument: { uri: pathToUri(file), version: version++ }, contentChanges: [{ text }] }),
    close: (file: string) => handlers.get('close')!({ textDocument: { uri: pathToUri(file) } }),
  };
}

test('reads and stats prefer the open document, listings come from disk, and closing goes back to disk', () => {
  const disk = new MemoryHost({ '/ws/src/a.ts': 'on disk\n', '/ws/src/b.ts': 'b\n' });
  const documents = new TextDocuments(TextDocument);
  const host = new OpenDocumentsHost(documents, disk);
  const e = editor(documents);

  assert.deepEqual(host.readFile('/ws/src/a.ts', 100), { text: 'on disk\n' });
  e.open('/ws/src/a.ts', 'unsaved\n');
  assert.deepEqual(host.readFile('/ws/src/a.ts', 100), { text: 'unsaved\n' });
  e.change('/ws/src/a.ts', 'edited again\n');
  assert.deepEqual(host.readFile('/ws/src/a.ts', 100), { text: 'edited again\n' });
  assert.deepEqual(host.stat('/ws/src/a.ts'), { kind: 'file', size: 'edited again\n'.length });
  assert.deepEqual(host.readFile('/ws/src/a.ts', 5), { problem: 'too-large', size: 'edited again\n'.length });
  assert.deepEqual(host.readFile('/ws/src/b.ts', 100), { text: 'b\n' }, 'other files come from disk');

  // A document not (or no longer) on disk exists while it is open.
  e.open('/ws/src/new.ts', 'export const n = 1;\n');
  assert.deepEqual(host.stat('/ws/src/new.ts'), { kind: 'file', size: 20 });
  const listed = host.list('/ws/src');
  assert.ok(Array.isArray(listed));
  assert.deepEqual(listed.map((x) => x.name).sort(), ['a.ts', 'b.ts'], 'listings come from disk');

  e.close('/ws/src/a.ts');
  e.close('/ws/src/new.ts');
  assert.deepEqual(host.readFile('/ws/src/a.ts', 100), { text: 'on disk\n' });
  assert.deepEqual(host.stat('/ws/src/new.ts'), { error: 'ENOENT' });
});
