/**
 * Editor documents are re-parsed incrementally (parseDocument); the detector and egress discovery reuse what they
 * found in the statements an edit did not touch, or whose text it did not change. Whatever the edits, the tags, tag
 * errors, unannotated-data hints, the file's cross-file index and outbound calls must be exactly those of a fresh parse
 * of the same text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { extractTags, parseDocument, parseSource } from '../../server/src/engine/extract/extractTags';
import { findUnannotated, taggedNameSpans } from '../../server/src/engine/detect/index';
import { findEgress } from '../../server/src/engine/egress/index';
import { indexFile } from '../../server/src/engine/xref/fileIndex';
import { REPO_ROOT } from '../helpers';

/** A small seeded generator, so a failure names the edit that caused it. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Characters that change structure the most: comment and string delimiters, braces, tag starts, line breaks. */
const CHARS = ['*', '/', '@', '\n', '"', "'", '`', '{', '}', '(', ')', ';', ' ', 'a', 'x', '=', ':', '-'];

function fresh(text: string, fileName: string) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const extracted = extractTags(text, fileName, sf);
  return { extracted, hints: findUnannotated(sf, text, taggedNameSpans(extracted.tags)) };
}

function incremental(text: string, fileName: string, sf: ts.SourceFile) {
  const extracted = extractTags(text, fileName, sf);
  return { extracted, hints: findUnannotated(sf, text, taggedNameSpans(extracted.tags)) };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

/**
 * Types 150 seeded single-character edits (insert, delete or replace) into a copy of `file`, re-parsing
 * incrementally after each; `check` compares the new version with a fresh parse, `what` naming the edit.
 */
function typeInto(file: string, dir: string, seed: number, check: (text: string, fileName: string, sf: ts.SourceFile, what: string) => void): void {
  const next = rng(path.basename(file).length * seed);
  // A name no other test uses, so the parse cache holds only this document's versions.
  const fileName = `/${dir}/${path.basename(file)}`;
  let text = fs.readFileSync(file, 'utf8');
  let sf = parseDocument(text, fileName, undefined);
  for (let i = 0; i < 150; i++) {
    const at = next(text.length + 1);
    const edit = next(3);
    const ch = CHARS[next(CHARS.length)];
    text = edit === 0 ? text.slice(0, at) + ch + text.slice(at) : edit === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
    sf = parseDocument(text, fileName, sf);
    check(text, fileName, sf, `edit ${i} (${['insert', 'delete', 'replace'][edit]} ${JSON.stringify(ch)} at ${at})`);
  }
}

describe('incremental parsing of editor documents', () => {
  const demo = path.join(REPO_ROOT, 'examples', 'demo', 'src');
  const files = ['customer.ts', 'orders.ts', 'payments.ts', 'marketing.ts'].map((f) => path.join(demo, f)).filter((f) => fs.existsSync(f));

  test('the demo files exist to edit', () => {
    assert.ok(files.length >= 3, `demo sources missing under ${demo}`);
  });

  for (const file of files) {
    test(`random single-character edits in ${path.basename(file)} give what a fresh parse gives`, () => {
      typeInto(file, 'incremental', 7919, (text, fileName, sf, what) => {
        assert.equal(sf.text.length, text.length, `${what}: the tree is of another text`);
        assert.deepEqual(plain(incremental(text, fileName, sf)), plain(fresh(text, fileName)), `${what} differs from a fresh parse`);
        // The cross-file index of the document: its type declarations, members and their offsets.
        const freshTree = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        assert.deepEqual(indexFile(fileName, text, sf), indexFile(fileName, text, freshTree), `${what}: the file's index differs from a fresh parse`);
      });
    });
  }

  test('a tag typed into an existing comment is found, and removing it drops it again', () => {
    const fileName = '/incremental/typing.ts';
    const before = 'export interface Customer {\n  /** The mobile number. */\n  mobile: string;\n}\n';
    let sf = parseDocument(before, fileName, undefined);
    assert.equal(extractTags(before, fileName, sf).tags.length, 0);
    const after = before.replace('number. */', 'number.\n   * @personalData contact.phone purpose=delivery */');
    sf = parseDocument(after, fileName, sf);
    const tags = extractTags(after, fileName, sf).tags;
    assert.deepEqual(tags.map((t) => [t.tag, t.declaration.name, t.subjects.map((s) => s.text)]), [['personalData', 'mobile', ['contact.phone']]]);
    sf = parseDocument(before, fileName, sf);
    assert.equal(extractTags(before, fileName, sf).tags.length, 0);
  });

  test('other readers of the same version share the tree', () => {
    const fileName = '/incremental/shared.ts';
    const v1 = 'export interface A {\n  /** @personalData contact.email */\n  email: string;\n}\n';
    const v2 = v1.replace('email: string', 'email: string | null');
    const sf1 = parseDocument(v1, fileName, undefined);
    const sf2 = parseDocument(v2, fileName, sf1);
    assert.equal(parseSource(v2, fileName), sf2);
    assert.equal(parseDocument(v2, fileName, sf2), sf2, 'the same text again is not re-parsed');
  });

  test('a hint keeps its quick-fix layout when lines above it change', () => {
    const fileName = '/incremental/layout.ts';
    const v1 = 'export interface Customer {\n  mobilePhone: string;\n}\n';
    const v2 = '// header\n\n' + v1;
    let sf = parseDocument(v1, fileName, undefined);
    const h1 = findUnannotated(sf, v1);
    sf = parseDocument(v2, fileName, sf);
    const h2 = findUnannotated(sf, v2);
    assert.equal(h1.length, 1);
    assert.equal(h2.length, 1);
    assert.equal(v2.slice(h2[0].span.start, h2[0].span.end), 'mobilePhone');
    assert.equal(h2[0].declarationStart - h1[0].declarationStart, '// header\n\n'.length);
    assert.equal(h2[0].indent, '  ');
    assert.equal(h2[0].ownLine, true);
  });

  test('a statement with a syntax error, parsed anew after an edit above it, keeps its hints in their new places', () => {
    const fileName = '/incremental/broken.ts';
    // The stray "(" is a syntax error: TypeScript parses this statement again after every edit, whatever it touches.
    const v1 = 'export const VERSION = 1;\nexport interface Customer {\n  mobilePhone: string;\n  (\n  homeAddress: string;\n}\n';
    const v2 = v1.replace('VERSION = 1', 'VERSION = 123');
    let sf = parseDocument(v1, fileName, undefined);
    const h1 = findUnannotated(sf, v1);
    const statement1 = sf.statements[1];
    sf = parseDocument(v2, fileName, sf);
    assert.notEqual(sf.statements[1], statement1, 'the broken statement was parsed anew');
    const h2 = findUnannotated(sf, v2);
    assert.ok(h2.some((h) => v2.slice(h.span.start, h.span.end) === 'mobilePhone'), 'mobilePhone is still a hint');
    assert.deepEqual(h2.map((h) => h.span.start - 2), h1.map((h) => h.span.start));
    assert.deepEqual(plain(h2), plain(fresh(v2, '/incremental/broken-fresh.ts').hints));
  });
});

describe('incremental parsing and egress discovery', () => {
  const files = [
    'examples/demo/src/notifications.ts',
    'examples/demo/src/crmSync.ts',
    'test/fixtures/egress/shop/src/services/payments.ts',
    'test/fixtures/egress/shop/src/services/mailer.ts',
    'test/fixtures/egress/saas/src/recruiting/screening.service.ts',
  ].map((f) => path.join(REPO_ROOT, f));

  for (const file of files) {
    test(`random single-character edits in ${path.basename(file)}: the outbound calls a fresh parse finds`, () => {
      assert.ok(fs.existsSync(file), file);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(findEgress(parseSource(text, `/egress-start/${path.basename(file)}`), text, file).length > 0, `${file} holds no outbound call to follow`);
      typeInto(file, 'incremental-egress', 104729, (text, fileName, sf, what) => {
        const want = findEgress(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), text, fileName);
        assert.deepEqual(plain(findEgress(sf, text, fileName)), plain(want), `${what} differs from a fresh parse`);
      });
    });
  }

  test('a client held in a class field still resolves after an edit in another statement', () => {
    const fileName = '/incremental-egress/field.ts';
    const v1 = [
      "import twilio from 'twilio';",
      '',
      'export class Notifier {',
      '  private client = twilio(process.env.SID, process.env.TOKEN);',
      '  constructor(private readonly from: string) {}',
      '  shipped(customer: { phone: string }) {',
      "    return this.client.messages.create({ to: customer.phone, from: this.from, body: 'Shipped' });",
      '  }',
      '}',
      '',
      'export const VERSION = 1;',
      '',
    ].join('\n');
    const v2 = v1.replace('VERSION = 1', 'VERSION = 12');
    let sf = parseDocument(v1, fileName, undefined);
    const before = findEgress(sf, v1, fileName);
    sf = parseDocument(v2, fileName, sf);
    const after = findEgress(sf, v2, fileName);
    assert.equal(before.length, 1);
    assert.deepEqual(plain(after), plain(before), 'the class statement was reused, its call found as before');
    assert.equal(after[0].entry.vendor, 'Twilio');
  });

  test('a name declared in a reused statement is found from a call near the end after text is added above', () => {
    const fileName = '/incremental-egress/header.ts';
    const v1 = [
      "import twilio from 'twilio';",
      'const client = twilio(process.env.SID, process.env.TOKEN);',
      "export const shipped = (customer: { phone: string }) => client.messages.create({ to: customer.phone, body: 'Shipped' });",
      '',
    ].join('\n');
    // Longer than the distance from the call to the end of the file: the earlier version's file node ends before it.
    const v2 = '// Notifications sent to customers when their parcel moves.\n' + v1;
    let sf = parseDocument(v1, fileName, undefined);
    assert.equal(findEgress(sf, v1, fileName).length, 1);
    sf = parseDocument(v2, fileName, sf);
    const after = findEgress(sf, v2, fileName);
    assert.deepEqual(after.map((c) => c.entry.vendor), ['Twilio']);
  });
});
