/**
 * Egress discovery in the editor, over the protocol: the hover on an outbound call, the code lens on the function
 * holding it, and the quick fixes of the three egress rules, applied and read back.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyEdits, TestClient, uriOf } from './lspClient';
import { HostEntryEditRequest, MAP_HOST_COMMAND } from '../../server/src/protocol';

const POLICY = [
  'version: 1',
  'crossBorder:',
  '  volume: { individuals: 250000 }',
  '  destinations:',
  '    SG: { mechanism: standard-contract, separateConsent: true }',
  '',
].join('\n');

/** An SMS through Twilio, which goes to the US by default, in a function no tag covers. */
const TWILIO = [
  "import twilio from 'twilio';",
  '',
  'const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);',
  '',
  '/** Tells the customer the parcel left the warehouse. */',
  'export function notifyShipped(customer: { phone: string }) {',
  "  return client.messages.create({ to: customer.phone, from: '+15005550006', body: 'Your parcel shipped' });",
  '}',
  '',
].join('\n');

/** Markdown as a reader sees it: backslash escapes taken out. */
function rendered(md: string): string {
  return md.replace(/\\(.)/g, '$1');
}

/** Line and character of the first occurrence of `needle` in `text`, `into` characters in. */
function at(text: string, needle: string, into = 1): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + into).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('egress over the protocol', () => {
  let client: TestClient;
  let root: string;
  let n = 0;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-egress-'));
    fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), POLICY);
    client = await TestClient.start({ root });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Opens a new file and waits for its first diagnostics holding `rule` (or any, when no rule is given). */
  async function open(code: string, rule?: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = client.open(path.join(root, `file${n++}.ts`), code);
    const diagnostics = await client.diagnosticsFor(uri, (d) => !rule || d.some((x) => x.code === rule), 1);
    return { uri, diagnostics };
  }

  async function hover(uri: string, position: { line: number; character: number }): Promise<string> {
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
    assert.ok(h, 'a hover');
    return rendered((h.contents as MarkupContent).value);
  }

  async function quickFixes(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
  }

  test('the hover on an untagged Twilio call says what leaves, for whom and where, and that no tag covers it', async () => {
    const { uri } = await open(TWILIO, 'cross-border-untagged-transfer');
    const md = await hover(uri, at(TWILIO, 'client.messages.create', 10));
    assert.match(md, /^#### Outbound call · Twilio/);
    assert.ok(md.includes('contact.phone -> Twilio, api.twilio.com, US; no @crossBorder covers this call'), md);
    assert.match(md, /\*\*Where it goes\*\*\n\n- \*\*United States \(US\)\*\* · `api\.twilio\.com`/);
    assert.match(md, /\*\*contact\.phone \(phone number\)\*\*/, 'the category reaching it, with its label');
    assert.match(md, /Declare the transfer with `@crossBorder` on `notifyShipped`/);
    assert.match(md, /PIPL Art\. 38/);
    const outside = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(TWILIO, 'Your parcel') })) as Hover | null;
    assert.equal(outside, null, 'no hover on the message text');
    client.close(uri);
  });

  test('the hover names the @crossBorder covering a call, and a tag naming another country', async () => {
    const covered = TWILIO.replace('/** Tells the customer the parcel left the warehouse. */', '/**\n * Tells the customer the parcel left the warehouse.\n * @crossBorder US recipient=twilio categories=contact.phone\n */');
    const { uri } = await open(covered);
    assert.ok((await hover(uri, at(covered, 'messages.create'))).includes('contact.phone -> Twilio, api.twilio.com, US; covered by @crossBorder US on notifyShipped (line 7)'));
    const mismatched = covered.replace('@crossBorder US', '@crossBorder SG');
    const other = await open(mismatched, 'cross-border-destination-mismatch');
    assert.ok((await hover(other.uri, at(mismatched, 'messages.create'))).includes('@crossBorder SG on notifyShipped (line 7) covers it but names another destination'));
    client.close(uri);
    client.close(other.uri);
  });

  test('a code lens on the function holding the calls: how many carry personal data, and where each goes', async () => {
    const code = [
      "import twilio from 'twilio';",
      '',
      'const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);',
      '',
      'export async function welcome(user: { email: string; phone: string }) {',
      "  await client.messages.create({ to: user.phone, from: '+15005550006', body: 'Welcome' });",
      '  await fetch(process.env.CRM_URL!, { method: "POST", body: JSON.stringify({ email: user.email }) });',
      '}',
      '',
      'export async function ping() {',
      "  await fetch('https://status.example.com/ping');",
      '}',
      '',
    ].join('\n');
    const { uri } = await open(code, 'cross-border-unresolved-destination');
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[4, '2 outbound calls carry personal data: US (Twilio), unresolved (Fetch API)']]);
    client.close(uri);
  });

  test('cross-border-untagged-transfer: the quick fix adds the @crossBorder tag to the function, and another adds US to the policy', async () => {
    const { uri, diagnostics } = await open(TWILIO, 'cross-border-untagged-transfer');
    const d = diagnostics.find((x) => x.code === 'cross-border-untagged-transfer')!;
    assert.deepEqual(d.range.start, at(TWILIO, 'client.messages.create', 0));
    const actions = await quickFixes(uri, d);
    const tag = actions.find((a) => a.title === 'Add @crossBorder US to notifyShipped');
    assert.ok(tag, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(tag.isPreferred, true);
    const fixed = applyEdits(TWILIO, tag.edit!.changes![uri]);
    assert.equal(fixed, TWILIO.replace('/** Tells the customer the parcel left the warehouse. */', '/**\n * Tells the customer the parcel left the warehouse.\n * @crossBorder US recipient=twilio categories=contact.phone\n */'));
    const policy = actions.find((a) => a.title === "Add 'US' to crossBorder.destinations in privacy-policy.yaml");
    assert.ok(policy, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(applyEdits(POLICY, policy.edit!.changes![uriOf(path.join(root, 'privacy-policy.yaml'))]), POLICY + '    US: {}\n');
    // With the tag in place the call is declared: the warning is gone.
    const v = client.change(uri, fixed);
    const after = await client.diagnosticsFor(uri, () => true, v);
    assert.ok(!after.some((x) => x.code === 'cross-border-untagged-transfer'), JSON.stringify(after.map((x) => x.code)));
    client.close(uri);
  });

  test('a method with no JSDoc gets a new block, indented as the method', async () => {
    const code = [
      "import twilio from 'twilio';",
      '',
      'export class Notifier {',
      '  private readonly sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);',
      '',
      '  welcome(user: { phone: string }) {',
      "    return this.sms.messages.create({ to: user.phone, from: '+15005550006', body: 'Welcome' });",
      '  }',
      '}',
      '',
    ].join('\n');
    const { uri, diagnostics } = await open(code, 'cross-border-untagged-transfer');
    const actions = await quickFixes(uri, diagnostics.find((x) => x.code === 'cross-border-untagged-transfer')!);
    const tag = actions.find((a) => a.title.startsWith('Add @crossBorder US to '));
    assert.ok(tag, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(applyEdits(code, tag.edit!.changes![uri]), code.replace('  welcome(', '  /** @crossBorder US recipient=twilio categories=contact.phone */\n  welcome('));
    client.close(uri);
  });

  test('cross-border-unresolved-destination: the quick fixes map the environment variable in crossBorder.hosts, or add a tag', async () => {
    const code = [
      'export async function pushToCrm(customer: { email: string }) {',
      "  await fetch(process.env.CRM_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ email: customer.email }) });",
      '}',
      '',
    ].join('\n');
    const { uri, diagnostics } = await open(code, 'cross-border-unresolved-destination');
    const actions = await quickFixes(uri, diagnostics.find((x) => x.code === 'cross-border-unresolved-destination')!);
    const map = actions.find((a) => a.title === 'Map env CRM_WEBHOOK_URL to SG in crossBorder.hosts of privacy-policy.yaml');
    assert.ok(map, JSON.stringify(actions.map((a) => a.title)));
    const policy = applyEdits(POLICY, map.edit!.changes![uriOf(path.join(root, 'privacy-policy.yaml'))]);
    assert.match(policy, /\n {2}hosts:\n {4}- env: "CRM_WEBHOOK_URL"\n {6}destination: SG\n/);
    assert.ok(actions.some((a) => a.title === 'Map env CRM_WEBHOOK_URL to domestic in crossBorder.hosts of privacy-policy.yaml'));
    const tag = actions.find((a) => a.title === 'Add @crossBorder SG to pushToCrm');
    assert.ok(tag, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(applyEdits(code, tag.edit!.changes![uri]), '/** @crossBorder SG categories=contact.email */\n' + code);
    client.close(uri);
  });

  test('cross-border-unresolved-destination: the quick fix that asks runs the client command, whose pick the server writes to crossBorder.hosts', async () => {
    const code = ['export async function pushToCrm(customer: { email: string }) {', "  await fetch(process.env.CRM_URL!, { method: 'POST', body: customer.email });", '}', ''].join('\n');
    const { uri, diagnostics } = await open(code, 'cross-border-unresolved-destination');
    const actions = await quickFixes(uri, diagnostics.find((x) => x.code === 'cross-border-unresolved-destination')!);
    const ask = actions.find((a) => a.title === 'Map env CRM_URL to a country or region in crossBorder.hosts of privacy-policy.yaml…');
    assert.ok(ask, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(ask.edit, undefined, 'it edits nothing before the user answers');
    const policyUri = uriOf(path.join(root, 'privacy-policy.yaml'));
    assert.deepEqual(ask.command, { title: ask.title, command: MAP_HOST_COMMAND, arguments: [{ policy: policyUri, key: 'env', value: 'CRM_URL', choices: ['SG', 'domestic'] }] });
    // The user picked Japan, a country the policy does not name yet.
    const answer = await client.connection.sendRequest(HostEntryEditRequest, { policy: policyUri, key: 'env', value: 'CRM_URL', destination: 'JP' });
    assert.ok('edit' in answer, JSON.stringify(answer));
    assert.match(applyEdits(POLICY, answer.edit.changes![policyUri]), /\n {2}hosts:\n {4}- env: "CRM_URL"\n {6}destination: JP\n/);
    const wrong = await client.connection.sendRequest(HostEntryEditRequest, { policy: policyUri, key: 'env', value: 'CRM_URL', destination: 'Japan' });
    assert.deepEqual(wrong, { reason: "'Japan' is neither a destination of the policy nor an ISO 3166-1 country code" });
    const notPolicy = await client.connection.sendRequest(HostEntryEditRequest, { policy: uri, key: 'env', value: 'CRM_URL', destination: 'JP' });
    assert.ok('reason' in notPolicy);
    client.close(uri);
  });

  test("in the policy file, a crossBorder.hosts entry's destination completes with the policy's destinations", async () => {
    // Half written, the policy does not load: the last good one (with SG) is in force and answers.
    const text = POLICY + '  hosts:\n    - env: CRM_URL\n      destination: ';
    const uri = client.open(path.join(root, 'privacy-policy.yaml'), text, 'yaml');
    const lines = text.split('\n');
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('SG') && labels.includes('domestic') && labels.includes('JP'), labels.slice(0, 10).join(', '));
    assert.equal(labels.indexOf('domestic'), 0, 'domestic first');
    client.close(uri);
  });

  test('cross-border-destination-mismatch: the quick fix makes the tag name where the call goes', async () => {
    const code = TWILIO.replace('/** Tells the customer the parcel left the warehouse. */', '/** @crossBorder SG categories=contact.phone */');
    const { uri, diagnostics } = await open(code, 'cross-border-destination-mismatch');
    const d = diagnostics.find((x) => x.code === 'cross-border-destination-mismatch')!;
    const actions = await quickFixes(uri, d);
    const fix = actions.find((a) => a.title === "Replace with 'US'");
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(code, fix.edit!.changes![uri]);
    assert.equal(fixed, code.replace('@crossBorder SG', '@crossBorder US'));
    const v = client.change(uri, fixed);
    const after = await client.diagnosticsFor(uri, () => true, v);
    assert.ok(!after.some((x) => String(x.code).startsWith('cross-border-destination-mismatch')));
    client.close(uri);
  });
});

describe('egress hover and code lens in Chinese', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-egress-zh-'));
    client = await TestClient.start({ root, locale: 'zh-cn' });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the hover and the lens speak Chinese', async () => {
    const uri = client.open(path.join(root, 'sms.ts'), TWILIO);
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'cross-border-untagged-transfer'), 1);
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(TWILIO, 'messages.create') })) as Hover;
    const md = rendered((h.contents as MarkupContent).value);
    assert.match(md, /^#### 外发调用 · Twilio/);
    assert.ok(md.includes('contact.phone -> Twilio，api.twilio.com，US；没有 @crossBorder 覆盖此调用'), md);
    assert.match(md, /\*\*去向\*\*\n\n- \*\*美国（US）\*\*/);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(lenses.map((l) => l.command?.title), ['1 个外发调用携带个人信息：US（Twilio）']);
  });
});

describe('the setting privacyAnnotations.detectEgress', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-egress-off-'));
    fs.writeFileSync(path.join(root, 'privacy-policy.yaml'), POLICY);
    // A closed file with the same call: the workspace scan checks it under the same setting.
    fs.writeFileSync(path.join(root, 'closed.ts'), TWILIO);
    client = await TestClient.start({ root, settings: { detectEgress: false } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('off: no egress finding, hover or lens, in open or closed files; on again: the squiggle comes back', async () => {
    const closed = uriOf(path.join(root, 'closed.ts'));
    await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the first scan');
    assert.deepEqual(client.diagnostics.get(closed)?.diagnostics ?? [], [], 'the closed file shows nothing');
    const uri = client.open(path.join(root, 'sms.ts'), TWILIO);
    const off = await client.diagnosticsFor(uri, () => true, 1);
    // The hint on the phone field is the detector's, not egress discovery's: it stays.
    assert.deepEqual(off.map((d) => d.code), ['unannotated-personal-data']);
    assert.match(String(off[0].message), /phone/);
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(TWILIO, 'messages.create') })) as Hover | null;
    assert.equal(h, null, 'no egress hover');
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(lenses, []);

    client.settings = { detectEgress: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const on = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'cross-border-untagged-transfer'), 1);
    assert.deepEqual(on.map((d) => d.code).sort(), ['cross-border-untagged-transfer', 'unannotated-personal-data']);
    const closedOn = await client.diagnosticsFor(closed, (d) => d.length > 0);
    assert.deepEqual(closedOn.map((d) => d.code), ['cross-border-untagged-transfer'], 'the closed file, checked again');
  });
});
