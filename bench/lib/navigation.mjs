/**
 * Scenario 6: navigation on a large workspace. After the server's workspace scan, Find All References and Rename on
 * the most used purpose and a much used category of an opened file: answers come from the index the scan fed, so
 * their time should not grow with the files read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp.mjs';
import { median } from './stats.mjs';

/** The first source file (in walk order) holding both needles, with the offset of each. */
function fileWith(dir, needles) {
  const stack = [path.join(dir, 'packages')];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => b.name.localeCompare(a.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (/\.(ts|tsx|js|jsx|mjs|cjs)$/.test(e.name)) {
        const text = fs.readFileSync(full, 'utf8');
        if (needles.every((n) => text.includes(n))) return { file: full, text };
      }
    }
  }
  throw new Error(`no file of ${dir} holds ${needles.join(' and ')}`);
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Wall time of each of `runs` requests (after one not counted), and the last answer. */
async function timed(client, method, params, runs) {
  await client.connection.sendRequest(method, params);
  const times = [];
  let answer;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    answer = await client.connection.sendRequest(method, params);
    times.push(performance.now() - t0);
  }
  return { median: median(times), max: Math.max(...times), answer };
}

export async function navigation({ server, dir, runs }) {
  const purpose = 'purpose=account';
  const category = '@personalData contact.phone';
  const { file, text } = fileWith(dir, [purpose, category]);
  const client = LspClient.spawn(server);
  try {
    await client.initialize(dir);
    const scanned = await client.notification('privacyAnnotations/scanned', 600_000);
    const uri = client.open(file, text, 1);
    await client.diagnosticsFor(uri, 1, 600_000);
    const at = (needle, into) => ({ textDocument: { uri }, position: positionAt(text, text.indexOf(needle) + into) });
    const purposeAt = at(purpose, 'purpose='.length + 2);
    const categoryAt = at(category, '@personalData '.length + 2);
    // The first request after the scan, alone: what a person waits for the first time.
    const t0 = performance.now();
    await client.connection.sendRequest('textDocument/references', { ...purposeAt, context: { includeDeclaration: true } });
    const first = performance.now() - t0;
    const refsPurpose = await timed(client, 'textDocument/references', { ...purposeAt, context: { includeDeclaration: true } }, runs);
    const refsCategory = await timed(client, 'textDocument/references', { ...categoryAt, context: { includeDeclaration: true } }, runs);
    const rename = await timed(client, 'textDocument/rename', { ...purposeAt, newName: 'customerAccount' }, runs);
    const edits = Object.values(rename.answer?.changes ?? {});
    return {
      files: scanned.params?.files,
      opened: path.relative(dir, file),
      first,
      runs,
      references: { purpose: { ...refsPurpose, answer: undefined, count: refsPurpose.answer?.length ?? 0 }, category: { ...refsCategory, answer: undefined, count: refsCategory.answer?.length ?? 0 } },
      rename: { ...rename, answer: undefined, files: edits.length, edits: edits.reduce((n, e) => n + e.length, 0) },
    };
  } finally {
    await client.stop();
  }
}
