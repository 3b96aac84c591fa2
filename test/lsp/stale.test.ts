/**
 * What the chaos run found, each as a user would meet it: problems of closed files left behind by a removed folder,
 * a newly excluded file, or a closed document; diagnostics of an older text under a reused version number; a folder
 * added right after start-up never scanned.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient, uriOf } from './lspClient';

const POLICY = 'version: 1\nrequire: { purpose: true }\npurposes:\n  account: { basis: contract, categories: [contact.*], retention: 3y }\n';
const WRONG = '/** @personalData contact.phone purpose=nowhere */\nexport const phone = 1;\n';
const CLEAN = 'export const nothing = 1;\n';

function folder(prefix: string, files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), POLICY);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const scanned = (client: TestClient, after = 0) =>
  client.until(() => client.notifications.slice(after).some((n) => n.method === 'privacyAnnotations/scanned'), 'a scan');

describe('nothing stale is left on screen', () => {
  let a: string;
  let b: string;
  let client: TestClient;
  const settings: Record<string, unknown> = {};
  before(async () => {
    a = folder('pa-stale-a-', { 'wrong.ts': WRONG, 'gen/wrong.ts': WRONG, 'clean.ts': CLEAN });
    b = folder('pa-stale-b-', { 'wrong.ts': WRONG });
    client = await TestClient.start({ root: a, settings });
    await scanned(client);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  });

  test('removing a workspace folder clears the problems of its closed files', async () => {
    const inB = uriOf(path.join(b, 'wrong.ts'));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] } });
    await client.diagnosticsFor(inB, (d) => d.some((x) => x.code === 'unknown-purpose'));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(b), name: 'b' }] } });
    await client.diagnosticsFor(inB, (d) => d.length === 0);
    assert.ok(client.diagnostics.get(uriOf(path.join(a, 'wrong.ts')))?.diagnostics.length, 'the remaining folder keeps its problems');
    const inventory = (await client.connection.sendRequest('privacyAnnotations/inventory', {})) as { annotations: { file: string }[] };
    assert.ok(inventory.annotations.length > 0);
    assert.deepEqual(inventory.annotations.filter((r) => r.file.startsWith(b)), [], 'the removed folder has left the inventory');
  });

  test('a file newly excluded by the settings loses its problems', async () => {
    const generated = uriOf(path.join(a, 'gen', 'wrong.ts'));
    await client.diagnosticsFor(generated, (d) => d.length > 0);
    settings.exclude = ['gen/'];
    const seen = client.notifications.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await scanned(client, seen);
    await client.diagnosticsFor(generated, (d) => d.length === 0);
    assert.ok(client.diagnostics.get(uriOf(path.join(a, 'wrong.ts')))?.diagnostics.length, 'files not excluded keep theirs');
    delete settings.exclude;
  });

  test('closing a document whose file is clean on disk clears the problems of its unsaved text', async () => {
    const uri = client.open(path.join(a, 'clean.ts'), CLEAN);
    await client.diagnosticsFor(uri, (d) => d.length === 0, 1);
    client.change(uri, WRONG);
    await client.diagnosticsFor(uri, (d) => d.length > 0, 2);
    client.close(uri);
    await client.diagnosticsFor(uri, (d) => d.length === 0, undefined);
    assert.equal(client.diagnostics.get(uri)?.version, undefined, 'cleared for the closed file, not for a version');
  });

  test('a change sent with a stale version number is checked as the text it makes', async () => {
    const file = path.join(a, 'typed.ts');
    const uri = client.open(file, CLEAN);
    await client.diagnosticsFor(uri, () => true, 1);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: WRONG }] });
    await client.diagnosticsFor(uri, (d) => d.length > 0, 2);
    // Version 2 again, with another text: the analysis made for the first version 2 must not be reused.
    const first = client.diagnostics.get(uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '\n' + WRONG }] });
    await client.until(() => client.diagnostics.get(uri) !== first, 'diagnostics of the second version 2');
    const d = client.diagnostics.get(uri)!.diagnostics;
    // The same problems, one line down, at the same characters.
    const moved = first!.diagnostics.map((x) => ({ ...x.range, start: { ...x.range.start, line: x.range.start.line + 1 }, end: { ...x.range.end, line: x.range.end.line + 1 } }));
    assert.deepEqual(d.map((x) => x.range), moved);
    client.close(uri);
  });
});

describe('a workspace folder added at start-up', () => {
  test('is scanned when it is added right after initialized, while the server is still registering its watchers', async () => {
    const a = folder('pa-early-a-', { 'clean.ts': CLEAN });
    const b = folder('pa-early-b-', { 'wrong.ts': WRONG });
    // A client that registers file watchers and configuration: the server is still asking for them when the folder comes.
    const client = await TestClient.start({ root: a, settings: {} });
    try {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] } });
      const diags = await client.diagnosticsFor(uriOf(path.join(b, 'wrong.ts')), (d) => d.length > 0);
      assert.deepEqual(diags.map((d) => d.code), ['unknown-purpose']);
    } finally {
      await client.stop();
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });
});

describe('a policy changed during the first scan', () => {
  test('the rescan of its folder also finishes the first scan: files elsewhere still get their problems', async () => {
    // Enough files that the first scan is still running when the policy's rescan starts.
    const files: Record<string, string> = { 'p0/privacy-policy.yaml': POLICY };
    for (let i = 0; i < 300; i++) files[`p0/f${i}.ts`] = WRONG;
    for (let i = 0; i < 300; i++) files[`p1/f${i}.ts`] = CLEAN;
    files['p1/zz-wrong.ts'] = WRONG;
    const root = folder('pa-first-scan-', files);
    const client = await TestClient.start({ root, settings: {}, probe: true });
    try {
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(root, 'p0', 'privacy-policy.yaml')), type: 2 }] });
      const diags = await client.diagnosticsFor(uriOf(path.join(root, 'p1', 'zz-wrong.ts')), (d) => d.length > 0, undefined, 60_000);
      assert.deepEqual(diags.map((d) => d.code), ['unknown-purpose']);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
