/** Cross-file checks in the language server: related places, re-checks when another file changes, the function hover. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../helpers';
import { TestClient, uriOf } from './lspClient';

describe('cross-file checks over the protocol', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-xref-'));
    fs.cpSync(path.join(FIXTURES, 'xref'), root, { recursive: true });
    client = await TestClient.start({ root });
  });
  after(async () => client.stop());

  test('undeclared data has related places in the declaring file', async () => {
    const sync = path.join(root, 'src', 'api', 'sync.ts');
    const uri = client.open(sync, fs.readFileSync(sync, 'utf8'));
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'cross-border-undeclared-data'), 1);
    const note = diags.find((d) => d.code === 'cross-border-undeclared-data' && String(d.message).includes('"note"'))!;
    assert.equal(note.relatedInformation?.[0].location.uri, uriOf(path.join(root, 'src', 'models', 'customer.ts')));
    assert.equal(note.relatedInformation?.[0].location.range.start.line, 21);
  });

  test('editing a model in another file re-checks the @crossBorder function', async () => {
    const sync = uriOf(path.join(root, 'src', 'api', 'sync.ts'));
    const modelFile = path.join(root, 'src', 'models', 'customer.ts');
    const model = fs.readFileSync(modelFile, 'utf8');
    const modelUri = client.open(modelFile, model);
    await client.diagnosticsFor(modelUri, () => true, 1);
    assert.ok(client.diagnostics.get(sync)!.diagnostics.some((d) => String(d.message).includes('health.medical')));
    client.change(modelUri, model.replace('/** @personalData health.medical */', '/** Not personal. */'));
    await client.diagnosticsFor(sync, (d) => !d.some((x) => String(x.message).includes('health.medical')));
    client.close(modelUri);
  });

  test('hover on the function name lists what leaves, sensitive first, with where it comes from', async () => {
    const file = path.join(root, 'src', 'api', 'sync.ts');
    const text = fs.readFileSync(file, 'utf8');
    const uri = uriOf(file);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('function allButName'));
    const character = lines[line].indexOf('allButName') + 2;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /sends personal data to SG/);
    assert.ok(value.indexOf('location.track') < value.indexOf('contact.phone'), 'sensitive first');
    assert.match(value, /identity\.idNumber.*not declared/);
    assert.match(value, /Customer\.idCard/);
  });
});
