/** More of what a user sees over the protocol: fix-all, adding to the policy, Chinese, settings, files changing on disk. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyEdits, TestClient, uriOf } from './lspClient';

const POLICY = [
  '# Shop policy',
  'version: 1',
  'require: { purpose: true }',
  'purposes:',
  '  account: { basis: contract, categories: [identity.name, contact.*], retention: 3y }   # accounts',
  'crossBorder:',
  '  volume: { individuals: 250000 }',
  '  destinations:',
  '    SG: { mechanism: standard-contract, separateConsent: true }',
  '',
].join('\n');

function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-more-'));
  fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), POLICY);
  return root;
}

describe('fixes over the protocol', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = workspace();
    client = await TestClient.start({ root });
  });
  after(async () => client.stop());

  test('fix-all corrects every unambiguous typo and tightens retention, and leaves legal claims alone', async () => {
    const text = [
      'export interface Customer {',
      '  /** @personalData contact.phon purpose=account retention=5y */',
      '  phone: string;',
      '  /** @personalData identity.nmae purpose=acount */',
      '  name: string;',
      '  /** @personalData health.medical purpose=account basis=consent */',
      '  record: string;',
      '}',
      '',
    ].join('\n');
    const uri = client.open(path.join(root, 'customer.ts'), text);
    await client.diagnosticsFor(uri, (d) => d.length >= 4, 1);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.privacy');
    const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
    assert.equal(
      fixed,
      text.replace('contact.phon ', 'contact.phone ').replace('retention=5y', 'retention=3y').replace('identity.nmae', 'identity.name').replace('purpose=acount', 'purpose=account'),
    );
    const v = client.change(uri, fixed);
    const left = await client.diagnosticsFor(uri, () => true, v);
    assert.ok(left.every((d) => ['sensitive-needs-separate-consent', 'category-not-allowed-for-purpose'].includes(String(d.code))), JSON.stringify(left.map((d) => d.code)));
    client.close(uri);
  });

  /** The quick fixes offered for the first finding of `rule` in a new file holding `code`. */
  async function quickFixes(name: string, code: string, rule: string): Promise<{ uri: string; actions: CodeAction[] }> {
    const uri = client.open(path.join(root, name), code);
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === rule), 1);
    const target = diags.find((x) => x.code === rule)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    return { uri, actions };
  }

  test('"Add to the policy" inserts the destination into the YAML without touching the rest', async () => {
    const { uri, actions } = await quickFixes('sync.ts', '/** @crossBorder JP */\nexport function sync() {}\n', 'cross-border-unknown-destination');
    const add = actions.find((a) => a.title.startsWith("Add 'JP' to crossBorder.destinations"));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const policyUri = uriOf(path.join(root, 'privacy-policy.yaml'));
    const newPolicy = applyEdits(POLICY, add.edit!.changes![policyUri]);
    assert.equal(newPolicy, POLICY.replace('separateConsent: true }\n', 'separateConsent: true }\n    JP: {}\n'));
    client.close(uri);
  });

  test('"Add to the policy" puts an unknown recipient on its destination\'s list, leaving the rest (comments too) as it was', async () => {
    const { uri, actions } = await quickFixes('ship.ts', '/** @crossBorder SG recipient=straits-couriers */\nexport function ship() {}\n', 'cross-border-unknown-recipient');
    const add = actions.find((a) => a.title === "Add 'straits-couriers' to crossBorder.destinations.SG.recipients in privacy-policy.yaml");
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const newPolicy = applyEdits(POLICY, add.edit!.changes![uriOf(path.join(root, 'privacy-policy.yaml'))]);
    assert.equal(newPolicy, POLICY.replace('SG: { mechanism: standard-contract, separateConsent: true }', 'SG: { mechanism: standard-contract, separateConsent: true, recipients: [straits-couriers] }'));
    client.close(uri);
  });
});

describe('the user\'s language', () => {
  test('diagnostics and hovers in Simplified Chinese for a zh-cn client', async () => {
    const root = workspace();
    const client = await TestClient.start({ root, locale: 'zh-cn' });
    try {
      const text = '/** @personalData biometric.face purpose=account basis=consent */\nexport const face = "";\n';
      const uri = client.open(path.join(root, 'face.ts'), text);
      const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'sensitive-needs-separate-consent'), 1);
      assert.match(String(diags.find((x) => x.code === 'sensitive-needs-separate-consent')!.message), /单独同意/);
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } })) as Hover;
      assert.match((hover.contents as MarkupContent).value, /敏感/);
    } finally {
      await client.stop();
    }
  });
});

describe('settings and files on disk', () => {
  test('enable=false publishes nothing; a policyFile setting overrides discovery', async () => {
    const root = workspace();
    fs.writeFileSync(path.join(root, 'strict.yaml'), 'require: { retention: true }\n');
    const off = await TestClient.start({ root, settings: { enable: false } });
    try {
      const uri = off.open(path.join(root, 'a.ts'), '/** @personalData biometric.face basis=consent */\nexport const a = 1;\n');
      assert.deepEqual(await off.diagnosticsFor(uri, () => true, 1), []);
    } finally {
      await off.stop();
    }
    const override = await TestClient.start({ root, settings: { policyFile: 'strict.yaml', workspaceDiagnostics: false } });
    try {
      const uri = override.open(path.join(root, 'a.ts'), '/** @personalData contact.phone */\nexport const a = 1;\n');
      const diags = await override.diagnosticsFor(uri, () => true, 1);
      assert.deepEqual(diags.map((d) => d.code), ['missing-retention'], 'strict.yaml requires retention; the nearest policy requires a purpose instead');
    } finally {
      await override.stop();
    }
  });

  test('a closed file that changes on disk is re-checked; a deleted one is cleared; a new policy file applies', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-disk-'));
    const file = path.join(root, 'closed.ts');
    fs.writeFileSync(file, 'export const nothing = 1;\n');
    const client = await TestClient.start({ root });
    try {
      await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the first scan');
      fs.writeFileSync(file, '/** @crossBorder JP */\nexport function send() {}\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
      const diags = await client.diagnosticsFor(uriOf(file), (d) => d.length > 0);
      assert.deepEqual(diags.map((d) => d.code).sort(), ['cross-border-missing-mechanism', 'cross-border-needs-separate-consent']);
      // A policy appears: JP is now unknown there (policy-based rule), and its mechanism comes from nowhere.
      fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), 'crossBorder:\n  volume: { individuals: 5 }\n  destinations:\n    SG: { mechanism: exempt, exemption: below-threshold }\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(root, 'privacy-policy.yaml')), type: 1 }] });
      await client.diagnosticsFor(uriOf(file), (d) => d.some((x) => x.code === 'cross-border-unknown-destination'));
      fs.unlinkSync(file);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
      await client.diagnosticsFor(uriOf(file), (d) => d.length === 0);
    } finally {
      await client.stop();
    }
  });

  test('settings read just before they change: a closed file checked under the old ones publishes nothing', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-epoch-'));
    const file = path.join(root, 'closed.ts');
    fs.writeFileSync(file, '/** @crossBorder JP */\nexport function send() {}\n');
    const uri = uriOf(file);
    const client = await TestClient.start({ root, settings: {}, probe: true });
    try {
      await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the first scan');
      assert.equal((await client.diagnosticsFor(uri, (d) => d.length > 0)).length, 2);
      // From here the client answers each request for settings with those of the moment it was asked; the one for
      // the closed file, once, only when released: an answer still on its way when the user changes the settings again.
      let hold = true;
      let held: (() => void) | undefined;
      let asked!: () => void;
      const fileAsked = new Promise<void>((resolve) => (asked = resolve));
      client.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
        const answer = p.items.map(() => ({ ...client.settings }));
        if (!hold || p.items[0]?.scopeUri !== uri) return answer;
        hold = false;
        return new Promise((resolve) => {
          held = () => resolve(answer);
          asked();
        });
      });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // The file changes on disk: its check asks for settings, and will get workspace diagnostics on.
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the check of the closed file did not ask for settings')), 10_000)));
      await Promise.race([fileAsked, late]).finally(() => clearTimeout(timer));
      client.settings = { workspaceDiagnostics: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.diagnosticsFor(uri, (d) => d.length === 0);
      await client.probe('quiet');
      // The old answer arrives last. Whatever it sets off runs before the server answers a later request.
      held!();
      await client.connection.sendRequest('workspace/symbol', { query: 'send' });
      await client.probe('quiet');
      assert.deepEqual(client.diagnostics.get(uri)?.diagnostics, [], 'the closed file shows nothing: workspace diagnostics are off');
    } finally {
      await client.stop();
    }
  });

  test('the workspace scan reports progress and skips .gitignored files', async () => {
    const root = workspace();
    fs.writeFileSync(path.join(root, '.gitignore'), 'generated/\n');
    fs.mkdirSync(path.join(root, 'generated'));
    fs.writeFileSync(path.join(root, 'generated', 'x.ts'), '/** @crossBorder JP */\nexport function s() {}\n');
    fs.writeFileSync(path.join(root, 'y.ts'), '/** @crossBorder JP */\nexport function s() {}\n');
    const client = await TestClient.start({ root, workDoneProgress: true });
    const progress: unknown[] = [];
    client.connection.onNotification('$/progress', (p: unknown) => {
      progress.push(p);
    });
    try {
      await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the scan');
      assert.ok(client.diagnostics.get(uriOf(path.join(root, 'y.ts')))?.diagnostics.length);
      assert.equal(client.diagnostics.get(uriOf(path.join(root, 'generated', 'x.ts'))), undefined);
      assert.ok(progress.some((p) => (p as { value: { kind: string } }).value.kind === 'begin'));
      assert.ok(progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'));
    } finally {
      await client.stop();
    }
  });
});
