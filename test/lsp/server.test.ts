/** The language server over stdio, driven by a real JSON-RPC client, as any LSP client would. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextEdit, CompletionItem, MarkupContent } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers';
import { TestClient, uriOf } from './lspClient';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');
const CUSTOMER = path.join(DEMO, 'src', 'customer.ts');

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('language server over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ root: DEMO });
  });
  after(async () => client.stop());

  test('diagnostics for an open demo file: code, source, link to the rule doc, fix data', async () => {
    const uri = client.open(CUSTOMER, fs.readFileSync(CUSTOMER, 'utf8'));
    const diags = await client.diagnosticsFor(uri, (d) => d.length > 0, 1);
    const codes = diags.map((d) => d.code);
    assert.ok(codes.includes('sensitive-needs-separate-consent'), JSON.stringify(codes));
    const d = diags.find((x) => x.code === 'sensitive-needs-separate-consent')!;
    assert.equal(d.source, 'privacy');
    assert.match(d.codeDescription!.href, /docs\/rules\/sensitive-needs-separate-consent\.md$/);
    const lines = fs.readFileSync(CUSTOMER, 'utf8').split('\n');
    assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'biometric.face');
    assert.deepEqual((d.data as { citations: unknown }).citations, [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }]);
    client.close(uri);
  });

  test('closed files of the workspace get diagnostics too', async () => {
    const afterSales = uriOf(path.join(DEMO, 'src', 'afterSales.ts'));
    const diags = await client.diagnosticsFor(afterSales, (d) => d.length > 0);
    assert.ok(diags.some((d) => d.code === 'cross-border-insufficient-mechanism'));
  });

  test('hover on a sensitive category cites PIPL Arts. 28 and 29', async () => {
    const text = fs.readFileSync(CUSTOMER, 'utf8');
    const uri = client.open(CUSTOMER, text);
    const line = text.split('\n').findIndex((l) => l.includes('biometric.face') && l.includes('basis=consent'));
    const character = text.split('\n')[line].indexOf('biometric.face') + 3;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /PIPL Art\. 28/);
    assert.match(value, /PIPL Art\. 29/);
    assert.match(value, /人脸信息/);
    client.close(uri);
  });

  test('the quick fix for sensitive-needs-separate-consent edits the tag and the finding goes away', async () => {
    const text = 'export interface Face {\n  /** @personalData biometric.face purpose=faceLogin basis=consent */\n  template: string;\n}\n';
    const file = path.join(DEMO, 'src', 'scratch-fix.ts');
    const uri = client.open(file, text);
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'sensitive-needs-separate-consent'), 1);
    const target = diags.find((x) => x.code === 'sensitive-needs-separate-consent')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Set basis=separate-consent');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    const fixed = applyTextEdits(text, fix.edit!.changes![uri]);
    assert.equal(fixed, text.replace('basis=consent', 'basis=separate-consent'));
    const v = client.change(uri, fixed);
    const after = await client.diagnosticsFor(uri, () => true, v);
    assert.ok(!after.some((x) => x.code === 'sensitive-needs-separate-consent'));
    client.close(uri);
  });

  test('a stale diagnostic (older document version) offers no fix', async () => {
    const text = '/** @personalData contact.phon purpose=account */\nexport const phone = "";\n';
    const file = path.join(DEMO, 'src', 'scratch-stale.ts');
    const uri = client.open(file, text);
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unknown-category'), 1);
    client.change(uri, text + '\n');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags, only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(actions, []);
    client.close(uri);
  });

  test('completion after @personalData lists taxonomy categories', async () => {
    const text = 'export interface X {\n  /** @personalData  */\n  a: string;\n}\n';
    const file = path.join(DEMO, 'src', 'scratch-complete.ts');
    const uri = client.open(file, text);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 20 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('biometric.face') && labels.includes('contact.phone') && labels.includes('loyalty.tier'), labels.slice(0, 10).join(','));
    client.close(uri);
  });

  test('a malformed or binary document never breaks the server', async () => {
    const file = path.join(DEMO, 'src', 'scratch-binary.ts');
    const uri = client.open(file, '\u0000\u0001/** @personalData \u0000 @crossBorder "\n'.repeat(200));
    await client.diagnosticsFor(uri, () => true, 1);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
    assert.ok(hover === null || typeof hover === 'object');
    client.close(uri);
  });
});

describe('policy as a first-class document', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pa-lsp-policy-'));
    fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), 'version: 1\ncrossBorder:\n  volume: { individuals: 10 }\n  destinations:\n    SG: { mechanism: exempt, exemption: below-threshold, separateConsent: true }\n');
    client = await TestClient.start({ root });
  });
  after(async () => client.stop());

  test('editing the policy re-checks open documents at once', async () => {
    const src = path.join(root, 'sync.ts');
    const uri = client.open(src, '/** @crossBorder JP */\nexport function sync() {}\n');
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'cross-border-unknown-destination'));
    const policyUri = client.open(path.join(root, 'privacy-policy.yaml'), fs.readFileSync(path.join(root, 'privacy-policy.yaml'), 'utf8'), 'yaml');
    client.change(policyUri, fs.readFileSync(path.join(root, 'privacy-policy.yaml'), 'utf8') + '    JP: { mechanism: exempt, exemption: below-threshold, separateConsent: true }\n');
    const after = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'cross-border-unknown-destination'));
    assert.deepEqual(after.map((d) => d.code), []);
    client.close(policyUri);
    client.close(uri);
  });

  test('a broken policy gets diagnostics at the offending key, the last good one stays in force, the server keeps answering', async () => {
    const policyFile = path.join(root, 'privacy-policy.yaml');
    const good = fs.readFileSync(policyFile, 'utf8');
    const policyUri = client.open(policyFile, good, 'yaml');
    const src = path.join(root, 'other.ts');
    const uri = client.open(src, '/** @crossBorder SG */\nexport function other() {}\n');
    await client.diagnosticsFor(uri, (d) => d.length === 0);
    client.change(policyUri, good + 'unknownSection: true\n');
    const policyDiags: Diagnostic[] = await client.diagnosticsFor(policyUri, (d) => d.some((x) => x.code === 'policy-invalid'));
    assert.equal(policyDiags[0].range.start.line, 5);
    const status = (await client.connection.sendRequest('privacyAnnotations/policyStatus', { uri })) as { state: string; usingLastGood: boolean; message: string };
    assert.equal(status.state, 'broken');
    assert.equal(status.usingLastGood, true);
    assert.match(status.message, /6:1 Unknown key "unknownSection"/);
    // Still answering, still using the last good policy (SG stays known).
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 17 } });
    assert.ok(hover);
    assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => d.code), []);
    client.close(policyUri);
    client.close(uri);
  });
});
