/** The inventory and code lenses over the protocol. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers';
import { TestClient } from './lspClient';
import { pathToFileURL } from 'node:url';
import { loadPolicy } from '../../server/src/engine/index';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');

describe('inventory and code lenses', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ root: DEMO });
    await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the scan');
  });
  after(async () => client.stop());

  test('the inventory lists the whole workspace, with absolute file paths to open', async () => {
    const inv = (await client.connection.sendRequest('privacyAnnotations/inventory', {})) as { annotations: { category: string; file: string; sensitive: boolean }[]; transfers: { destination: string }[] };
    assert.ok(inv.annotations.length > 50);
    assert.equal(inv.annotations[0].sensitive, true);
    assert.ok(path.isAbsolute(inv.annotations[0].file));
    assert.ok(inv.transfers.some((t) => t.destination === 'SG'));
    const md = (await client.connection.sendRequest('privacyAnnotations/inventory', { format: 'md' })) as string;
    assert.match(md, /^# Personal data inventory/);
  });

  test('a tag typed in an open document is in the inventory asked for as soon as its diagnostics arrive', async () => {
    const file = path.join(DEMO, 'src', 'inventoryTyping.ts');
    const uri = client.open(file, 'export interface Visitor {\n  /** The visitor. */\n  wechatId: string;\n}\n');
    await client.diagnosticsFor(uri, () => true, 1);
    const version = client.change(uri, 'export interface Visitor {\n  /** @personalData account.id purpose=account */\n  wechatId: string;\n}\n');
    await client.diagnosticsFor(uri, () => true, version);
    const inv = (await client.connection.sendRequest('privacyAnnotations/inventory', {})) as { annotations: { declaration: string; file: string }[] };
    assert.ok(inv.annotations.some((a) => a.file === file && a.declaration === 'Visitor.wechatId'), 'the new row is there');
    client.close(uri);
  });

  test('code lenses above annotated types and @crossBorder functions', async () => {
    const file = path.join(DEMO, 'src', 'customer.ts');
    const uri = client.open(file, fs.readFileSync(file, 'utf8'));
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.some((t) => /^\d+ personal data fields? · 1 sensitive$/.test(t ?? '')), JSON.stringify(titles));
    const sync = path.join(DEMO, 'src', 'warehouseSync.ts');
    const syncUri = client.open(sync, fs.readFileSync(sync, 'utf8'));
    const syncLenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: syncUri } })) as CodeLens[];
    assert.ok(syncLenses.some((l) => l.command?.title === '→ SG · standard contract until 2027-03-01'), JSON.stringify(syncLenses.map((l) => l.command?.title)));
  });
});

describe('proposing a policy', () => {
  test('the server proposes a starter policy from the workspace code, valid as written', async () => {
    const client = await TestClient.start({ root: DEMO });
    try {
      const text = (await client.connection.sendRequest('privacyAnnotations/proposePolicy', { folder: pathToFileURL(DEMO).href })) as string;
      assert.match(text, /^# Policy file proposed/);
      assert.match(text, /biometric\.face/);
      assert.deepEqual(loadPolicy(text, '/x/privacy-policy.yaml').problems, []);
    } finally {
      await client.stop();
    }
  });
});
