/** Egress discovery: the function around an outbound call, where its JSDoc goes, and its callers in the file. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { egress, single, textAt } from './helpers';

const SEND = `sgMail.send({ to: c.email, from: FROM })`;
const IMPORT = `import sgMail from '@sendgrid/mail';\n`;

function around(code: string) {
  return single(egress(code), 'sendgrid-mail');
}

describe('the enclosing function', () => {
  test('a function declaration: its name, where a JSDoc block goes (before export), no block yet', () => {
    const code = `${IMPORT}\nexport async function welcome(c: { email: string }) {\n  await ${SEND};\n}\n`;
    const e = around(code).enclosing!;
    assert.equal(e.name, 'welcome');
    assert.equal(e.kind, 'function');
    assert.equal(e.taggable, true);
    assert.equal(code.slice(e.docStart).startsWith('export async function welcome'), true);
    assert.equal(e.indent, '');
    assert.equal(e.jsDoc, undefined);
    assert.equal(textAt(code, e.nameSpan!), 'welcome');
  });

  test('its existing JSDoc block, to add a tag to', () => {
    const code = `${IMPORT}/**\n * Sends the welcome mail.\n */\nexport function welcome(c: { email: string }) {\n  return ${SEND};\n}\n`;
    const e = around(code).enclosing!;
    assert.equal(textAt(code, e.jsDoc!), '/**\n * Sends the welcome mail.\n */');
  });

  test('a method, with the class name and its indentation', () => {
    const code = `${IMPORT}export class Mailer {\n  /** Mails. */\n  async notify(c: { email: string }) {\n    await ${SEND};\n  }\n}\n`;
    const e = around(code).enclosing!;
    assert.equal(e.name, 'Mailer.notify');
    assert.equal(e.kind, 'method');
    assert.equal(e.indent, '  ');
    assert.equal(textAt(code, e.jsDoc!), '/** Mails. */');
  });

  test('an arrow function held by a constant: documented at its statement', () => {
    const code = `${IMPORT}export const welcome = async (c: { email: string }) => {\n  await ${SEND};\n};\n`;
    const e = around(code).enclosing!;
    assert.equal(e.name, 'welcome');
    assert.equal(e.kind, 'arrow');
    assert.ok(code.slice(e.docStart).startsWith('export const welcome'));
  });

  test('a callback inside a named function: the named function encloses it', () => {
    const code = `${IMPORT}export function welcomeAll(list: { email: string }[]) {\n  return Promise.all(list.map((c) => ${SEND}));\n}\n`;
    assert.equal(around(code).enclosing!.name, 'welcomeAll');
  });

  test('a callback with no named function around it: reported, but not taggable', () => {
    const code = `${IMPORT}app.post('/signup', async (req: Req) => {\n  const c = req.body;\n  await ${SEND};\n});\n`;
    const e = around(code).enclosing!;
    assert.equal(e.name, undefined);
    assert.equal(e.taggable, false);
    assert.equal(e.kind, 'arrow');
  });

  test('module top level: no enclosing function', () => {
    const code = `${IMPORT}const c = { email: process.argv[2] };\n${SEND};\n`;
    assert.equal(around(code).enclosing, undefined);
  });

  test('an object literal method and a class property arrow', () => {
    const obj = `${IMPORT}export const mail = {\n  welcome(c: { email: string }) { return ${SEND}; },\n};\n`;
    assert.equal(around(obj).enclosing!.name, 'welcome');
    const prop = `${IMPORT}export class Mailer {\n  welcome = (c: { email: string }) => ${SEND};\n}\n`;
    const e = around(prop).enclosing!;
    assert.equal(e.name, 'Mailer.welcome');
    assert.ok(prop.slice(e.docStart).startsWith('welcome = '));
  });
});

describe('callers in the same file', () => {
  test('direct and indirect callers, nearest first; recursion ends', () => {
    const text = `${IMPORT}function deliver(c: { email: string }) { return ${SEND}; }\nfunction welcome(c: { email: string }) { if (!c) welcome(c); return deliver(c); }\nexport function signup(c: { email: string }) { welcome(c); }\nexport function unrelated() { return 1; }\n`;
    const call = around(text);
    assert.equal(call.enclosing!.name, 'deliver');
    assert.deepEqual(call.callers.map((f) => f.name), ['welcome', 'signup']);
    assert.ok(call.callers.every((f) => f.taggable));
  });

  test('methods called through this in the same class; a same-named function elsewhere is not a caller', () => {
    const text = `${IMPORT}export class Accounts {\n  private mail(c: { email: string }) { return ${SEND}; }\n  register(c: { email: string }) { return this.mail(c); }\n}\nfunction mail(x: unknown) { return x; }\nexport function other() { return mail(1); }\n`;
    assert.deepEqual(around(text).callers.map((f) => f.name), ['Accounts.register']);
  });

  test('a shadowed name is not a call of the function', () => {
    const text = `${IMPORT}function deliver(c: { email: string }) { return ${SEND}; }\nexport function g(deliver: (x: unknown) => void) { deliver(1); }\nexport function h(c: { email: string }) { return deliver(c); }\n`;
    assert.deepEqual(around(text).callers.map((f) => f.name), ['h']);
  });
});
