/**
 * Typing in a document: each keystroke arrives as a range edit, the server re-parses incrementally, and what it
 * publishes for the last version must be exactly what a fresh open of the same text gets.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { REPO_ROOT } from '../helpers';

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const comparable = (d: Diagnostic[]) => d.map((x) => ({ range: x.range, code: x.code, severity: x.severity, message: x.message }));

describe('typing in a document', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-lsp-typing-'));
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'demo'), root, { recursive: true });
    client = await TestClient.start({ root });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('after 60 keystrokes the diagnostics equal those of the same text opened fresh', async () => {
    const file = path.join(root, 'src', 'customer.ts');
    let text = fs.readFileSync(file, 'utf8');
    const uri = client.open(file, text);
    await client.diagnosticsFor(uri, () => true, 1);
    // Seeded: the same keystrokes every run. Typing inside tags, comments, names and code alike.
    let s = 12345;
    const next = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
    const chars = ['a', 'e', ' ', '*', '/', '@', '\n', '.', '=', '{', '}', ';'];
    let version = 1;
    for (let i = 0; i < 60; i++) {
      const at = next(text.length);
      if (next(2) === 0) {
        const ch = chars[next(chars.length)];
        version = client.edit(uri, { start: positionAt(text, at), end: positionAt(text, at) }, ch);
        text = text.slice(0, at) + ch + text.slice(at);
      } else {
        version = client.edit(uri, { start: positionAt(text, at), end: positionAt(text, at + 1) }, '');
        text = text.slice(0, at) + text.slice(at + 1);
      }
      // Every few keystrokes wait for the check, so that many versions are parsed one after another.
      if (i % 3 === 2) await client.diagnosticsFor(uri, () => true, version);
    }
    const typed = await client.diagnosticsFor(uri, () => true, version);
    const copy = path.join(root, 'src', 'customerCopy.ts');
    const copyUri = client.open(copy, text);
    const fresh = await client.diagnosticsFor(copyUri, () => true, 1);
    assert.ok(fresh.length > 0, 'the edited demo file still has findings to compare');
    assert.deepEqual(comparable(typed), comparable(fresh));
  });

  test('a tag typed letter by letter is checked as soon as it is complete', async () => {
    const file = path.join(root, 'src', 'typed.ts');
    let text = 'export interface Visitor {\n  /**  */\n  mobile: string;\n}\n';
    const uri = client.open(file, text);
    await client.diagnosticsFor(uri, () => true, 1);
    const at = text.indexOf('/** ') + 4;
    let version = 1;
    const typing = '@personalData contact.phone purpose=nowhere';
    for (let i = 0; i < typing.length; i++) {
      version = client.edit(uri, { start: positionAt(text, at + i), end: positionAt(text, at + i) }, typing[i]);
      text = text.slice(0, at + i) + typing[i] + text.slice(at + i);
    }
    const diagnostics = await client.diagnosticsFor(uri, () => true, version);
    const codes = diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('unknown-purpose'), `a finding about the unknown purpose: ${codes.join(', ')}`);
    assert.ok(!codes.includes('unannotated-personal-data'), 'the field is annotated now');
  });
});
