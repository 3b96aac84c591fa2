/** Navigation over the protocol: definition, references, rename, symbols and highlights, across open and closed files. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentHighlight, DocumentSymbol, Location, Position, PrepareRenameResult, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, uriOf } from './lspClient';

const POLICY = `# Test policy. The comments below must survive a rename.
version: 1
categories:
  allow:
    - contact.*        # every contact detail
    - loyalty.tier
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }   # our own category
purposes:
  # Sign-in and profile
  account:
    basis: contract   # necessary for the contract
    categories: [contact.phone, loyalty.tier]
    retention: 3y
  marketing:
    description: Promotions
    basis: consent
    categories: [contact.*]
    retention: 2y
crossBorder:
  destinations:
    SG:
      recipients: [merlion-sg]   # the warehouse
      mechanism: standard-contract
      categories: [contact.phone]
    us-analytics:
      country: US
      recipients: [bluepeak]
      mechanism: standard-contract
      categories: [loyalty.tier]
  hosts:
    - env: CRM_URL   # the CRM's webhook, hosted in the US
      destination: us-analytics
exceptions:
  - rule: missing-retention
    path: src/legacy/**
    reason: old code, being replaced
`;

const CUSTOMER = `export interface Customer {
  /** @personalData contact.phone purpose=account */
  phone: string;
  /** @personalData loyalty.tier purpose=marketing */
  tier: string;
  /** @personalData contact.email purpose=marketing */
  email: string;
}
`;

const SYNC = `/** @crossBorder SG recipient=merlion-sg categories=contact.phone purpose=account */
export function syncToWarehouse(c: unknown): void {}

/** @crossBorder us-analytics recipient=bluepeak categories=loyalty.tier purpose=marketing */
export function sendTier(t: unknown): void {}
`;

const CRM = `export async function pushLead(lead: { email: string }): Promise<void> {
  await fetch(process.env.CRM_URL!, { method: 'POST', body: JSON.stringify({ email: lead.email }) });
}
`;

/** The position of the `nth` occurrence of `needle` in `text`, `into` characters into it. */
function positionOf(text: string, needle: string, into = 1, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} is in the text`);
  return TextDocument.create('x', 'x', 0, text).positionAt(at + into);
}

/** What a location points at, read from the text of its file. */
function textAt(texts: Map<string, string>, loc: { uri: string; range: Location['range'] }): string {
  const doc = TextDocument.create(loc.uri, 'x', 0, texts.get(loc.uri)!);
  return doc.getText(loc.range);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

describe('navigation over the protocol', () => {
  let client: TestClient;
  let root: string;
  let policyFile: string;
  let customerFile: string;
  let syncFile: string;
  let customerUri: string;
  const texts = new Map<string, string>();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-nav-'));
    fs.mkdirSync(path.join(root, 'src'));
    policyFile = path.join(root, 'privacy-policy.yaml');
    customerFile = path.join(root, 'src', 'customer.ts');
    syncFile = path.join(root, 'src', 'sync.ts');
    fs.writeFileSync(policyFile, POLICY);
    fs.writeFileSync(customerFile, CUSTOMER);
    fs.writeFileSync(syncFile, SYNC);
    fs.writeFileSync(path.join(root, 'src', 'crm.ts'), CRM);
    texts.set(uriOf(policyFile), POLICY).set(uriOf(customerFile), CUSTOMER).set(uriOf(syncFile), SYNC).set(uriOf(path.join(root, 'src', 'crm.ts')), CRM);
    client = await TestClient.start({ root, articleScheme: 'pipl-article' });
    await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the workspace scan');
    customerUri = client.open(customerFile, CUSTOMER);
    await client.diagnosticsFor(customerUri, () => true, 1);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const request = <T>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<T>;

  test('the server declares the navigation capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    for (const c of ['definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider']) assert.equal(caps[c], true, c);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });

  test('F12 on purpose= in a tag goes to the purpose key in the policy', async () => {
    for (const into of [1, 'purpose='.length + 2]) {
      const locs = await request<Location[]>('textDocument/definition', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=account', into) });
      assert.equal(locs.length, 1);
      assert.equal(locs[0].uri, uriOf(policyFile));
      assert.equal(textAt(texts, locs[0]), 'account');
      assert.equal(locs[0].range.start.line, 10, 'the key under purposes:, not the group "account" elsewhere');
    }
  });

  test('a custom category goes to its key under categories.custom; a built-in one to its PIPL article', async () => {
    const custom = await request<Location[]>('textDocument/definition', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'loyalty.tier') });
    assert.deepEqual(custom.map((l) => [l.uri, textAt(texts, l), l.range.start.line]), [[uriOf(policyFile), 'loyalty.tier', 7]]);
    const builtin = await request<Location[]>('textDocument/definition', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'contact.phone') });
    assert.deepEqual(builtin.map((l) => l.uri), ['pipl-article:/PIPL-article-4.md'], 'not a sensitive kind: Art. 4 defines personal information');
  });

  test('F12 on a crossBorder.hosts entry goes to the outbound calls it settles, in closed files too; it is not renamed', async () => {
    const policyUri = client.open(policyFile, POLICY, 'yaml');
    try {
      const at = positionOf(POLICY, 'CRM_URL', 2);
      const defs = await request<Location[]>('textDocument/definition', { textDocument: { uri: policyUri }, position: at });
      assert.deepEqual(defs.map((d) => [path.basename(d.uri), textAt(texts, d)]), [['crm.ts', 'fetch']]);
      await assert.rejects(request('textDocument/prepareRename', { textDocument: { uri: policyUri }, position: at }), /crossBorder\.hosts entry matches/);
    } finally {
      client.close(policyUri);
    }
  });

  test('Shift+F12 on a category lists tags in open and closed files and the policy entries, patterns included', async () => {
    const locs = await request<Location[]>('textDocument/references', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'contact.phone', 3), context: { includeDeclaration: true } });
    const found = locs.map((l) => `${path.basename(l.uri)}:${l.range.start.line}:${textAt(texts, l)}`).sort();
    assert.deepEqual(found, [
      'customer.ts:1:contact.phone',
      'privacy-policy.yaml:12:contact.phone',
      'privacy-policy.yaml:17:contact.*',
      'privacy-policy.yaml:24:contact.phone',
      'privacy-policy.yaml:4:contact.*',
      'sync.ts:0:contact.phone',
    ]);
  });

  test('references of a purpose: its key in the policy (unless declarations are left out) and every tag using it', async () => {
    const params = (includeDeclaration: boolean) => ({ textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=marketing', 10), context: { includeDeclaration } });
    const all = await request<Location[]>('textDocument/references', params(true));
    assert.deepEqual(all.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`).sort(), ['customer.ts:3', 'customer.ts:5', 'privacy-policy.yaml:14', 'sync.ts:3']);
    const uses = await request<Location[]>('textDocument/references', params(false));
    assert.equal(uses.length, 3);
    assert.ok(uses.every((l) => !l.uri.endsWith('.yaml')));
  });

  test('document highlights mark the id, and the patterns covering it, in the same file', async () => {
    const policyUri = client.open(policyFile, POLICY, 'yaml');
    try {
      const marks = await request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: policyUri }, position: positionOf(POLICY, 'contact.phone', 2) });
      assert.deepEqual(marks.map((m) => `${m.range.start.line}:${textAt(texts, { uri: policyUri, range: m.range })}`), ['4:contact.*', '12:contact.phone', '17:contact.*', '24:contact.phone']);
      const key = await request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: policyUri }, position: positionOf(POLICY, 'loyalty.tier:', 1) });
      assert.deepEqual(key.map((m) => [m.range.start.line, m.kind]), [[5, 2], [7, 3], [12, 2], [29, 2]], 'the definition is marked as written (3), the uses as read (2)');
    } finally {
      client.close(policyUri);
    }
  });

  test('the policy outline lists purposes, custom categories, destinations with their recipients, and exceptions', async () => {
    const policyUri = client.open(policyFile, POLICY, 'yaml');
    try {
      const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: policyUri } });
      const tree = (s: DocumentSymbol): unknown => (s.children?.length ? { [s.name]: s.children.map(tree) } : s.name);
      assert.deepEqual(symbols.map(tree), [
        { categories: ['loyalty.tier'] },
        { purposes: ['account', 'marketing'] },
        { crossBorder: [{ SG: ['merlion-sg'] }, { 'us-analytics': ['bluepeak'] }] },
        { exceptions: ['missing-retention'] },
      ]);
      const marketing = symbols[1].children![1];
      assert.equal(marketing.detail, 'Promotions');
      assert.equal(textAt(texts, { uri: policyUri, range: marketing.selectionRange }), 'marketing');
      assert.equal(symbols[3].children![0].detail, 'src/legacy/**');
    } finally {
      client.close(policyUri);
    }
  });

  test('workspace symbols find policy entries and tags by id, definitions first', async () => {
    const symbols = await request<SymbolInformation[]>('workspace/symbol', { query: 'merl' });
    assert.deepEqual(symbols.map((s) => `${s.name}@${path.basename(s.location.uri)}:${s.location.range.start.line}`), ['merlion-sg@privacy-policy.yaml:22', 'merlion-sg@sync.ts:0']);
    assert.match(symbols[1].containerName ?? '', /recipient · syncToWarehouse/);
  });

  test('prepareRename says what is renamed, and refuses built-in categories, groups and ISO country codes', async () => {
    const ok = await request<PrepareRenameResult>('textDocument/prepareRename', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=account', 2) });
    assert.deepEqual(ok, { range: { start: { line: 1, character: 42 }, end: { line: 1, character: 49 } }, placeholder: 'account' });
    await assert.rejects(request('textDocument/prepareRename', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'contact.phone') }), /built-in category of the taxonomy/);
    const syncUri = client.open(syncFile, SYNC);
    try {
      await assert.rejects(request('textDocument/prepareRename', { textDocument: { uri: syncUri }, position: positionOf(SYNC, 'SG') }), /ISO 3166-1 country code/);
    } finally {
      client.close(syncUri);
    }
    const policyUri = client.open(policyFile, POLICY, 'yaml');
    try {
      await assert.rejects(request('textDocument/prepareRename', { textDocument: { uri: policyUri }, position: positionOf(POLICY, 'contact.*') }), /stands for a group of categories/);
    } finally {
      client.close(policyUri);
    }
  });

  test('refusals are in Chinese for a Chinese editor', async () => {
    const zh = await TestClient.start({ root, locale: 'zh-cn' });
    try {
      const uri = zh.open(customerFile, CUSTOMER);
      await assert.rejects(zh.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(CUSTOMER, 'contact.email') }), /内置分类中的类别，不能重命名/);
    } finally {
      await zh.stop();
    }
  });

  test('rename refuses a name already taken or one the policy could not hold', async () => {
    const at = { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=marketing', 10) };
    await assert.rejects(request('textDocument/rename', { ...at, newName: 'account' }), /already has a purpose "account"/);
    await assert.rejects(request('textDocument/rename', { ...at, newName: 'two words' }), /not a valid purpose id/);
  });

  test('renaming a custom category edits the policy key, its lists and every tag, keeping comments and layout', async () => {
    const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'loyalty.tier'), newName: 'loyalty.level' });
    const changes = edit.changes!;
    assert.deepEqual(Object.keys(changes).map((u) => path.basename(u)).sort(), ['customer.ts', 'privacy-policy.yaml', 'sync.ts']);
    const policy = apply(POLICY, changes[uriOf(policyFile)]);
    assert.equal(policy, POLICY.replaceAll('loyalty.tier', 'loyalty.level'));
    assert.equal(apply(SYNC, changes[uriOf(syncFile)]), SYNC.replace('categories=loyalty.tier', 'categories=loyalty.level'));
    assert.equal(apply(CUSTOMER, changes[customerUri]), CUSTOMER.replace('loyalty.tier', 'loyalty.level'));
  });

  test('renaming a purpose from the policy file edits its key and every tag, in open and closed files', async () => {
    const policyUri = client.open(policyFile, POLICY, 'yaml');
    try {
      const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: policyUri }, position: positionOf(POLICY, '  marketing:', 4), newName: 'promotions' });
      const changes = edit.changes!;
      assert.equal(apply(POLICY, changes[policyUri]), POLICY.replace('  marketing:', '  promotions:'));
      assert.equal(apply(CUSTOMER, changes[customerUri]), CUSTOMER.replaceAll('purpose=marketing', 'purpose=promotions'));
      assert.equal(apply(SYNC, changes[uriOf(syncFile)]), SYNC.replace('purpose=marketing', 'purpose=promotions'));
    } finally {
      client.close(policyUri);
    }
  });

  test('a name YAML would read as something else is quoted in the policy, and written as is in tags', async () => {
    const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=account', 10), newName: '1e3' });
    assert.equal(apply(POLICY, edit.changes![uriOf(policyFile)]), POLICY.replace('  account:\n', '  "1e3":\n'));
    assert.equal(apply(CUSTOMER, edit.changes![customerUri]), CUSTOMER.replace('purpose=account', 'purpose=1e3'));
  });

  test('an unsaved edit of an open file counts at once, before its check', async () => {
    const edited = CUSTOMER.replace('  email: string;\n', '  email: string;\n  /** @personalData contact.address purpose=account */\n  address: string;\n');
    client.change(customerUri, edited);
    try {
      const locs = await request<Location[]>('textDocument/references', { textDocument: { uri: customerUri }, position: positionOf(edited, 'purpose=account', 10), context: { includeDeclaration: false } });
      assert.deepEqual(locs.filter((l) => l.uri === customerUri).map((l) => l.range.start.line), [1, 7]);
    } finally {
      client.change(customerUri, CUSTOMER);
    }
  });

  test('a closed file changed on disk is indexed again', async () => {
    const changed = SYNC.replace('purpose=account', 'purpose=acount');
    fs.writeFileSync(syncFile, changed);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(syncFile), type: 2 }] });
    // The typo is an unknown purpose: its diagnostic says the file was checked again.
    await client.diagnosticsFor(uriOf(syncFile), (d) => d.some((x) => x.code === 'unknown-purpose'));
    const locs = await request<Location[]>('textDocument/references', { textDocument: { uri: customerUri }, position: positionOf(CUSTOMER, 'purpose=account', 10), context: { includeDeclaration: false } });
    assert.deepEqual(locs.map((l) => path.basename(l.uri)), ['customer.ts']);
    fs.writeFileSync(syncFile, SYNC);
    texts.set(uriOf(syncFile), SYNC);
  });
});
