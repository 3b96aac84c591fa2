/** Egress discovery on generated code: long chains and many calls neither overflow the stack nor stall. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, egress } from './helpers';

describe('generated code', () => {
  test('a URL concatenated from 20,000 strings', () => {
    const url = ["'https://api.example.de/'", ...Array.from({ length: 20_000 }, (_, i) => `'p${i}/'`)].join(' + ');
    const [call] = egress(`fetch(${url}, init);\n`);
    assert.equal(call.destination.destination, 'DE');
  });

  test('a body read through a chain of 5,000 properties, and one of 5,000 concatenated values', () => {
    const chain = `user.${Array.from({ length: 5_000 }, (_, i) => `p${i}`).join('.')}.email`;
    const sum = Array.from({ length: 5_000 }, (_, i) => `v${i}`).join(' + ');
    const calls = egress(`export function f(user: any) {\n  fetch('https://a.example.de', { body: ${chain} });\n  fetch('https://a.example.de', { body: ${sum} });\n}\n`);
    assert.equal(callsOf(calls, 'fetch').length, 2);
    assert.deepEqual(calls[0].categories, ['contact.email']);
  });

  test('values that refer to each other, and a client assigned from itself, end', () => {
    const code = `let a = b;\nlet b = a;\nlet client = client;\nexport function f() {\n  fetch(a + '/x', { body: JSON.stringify({ b }) });\n  client.messages.create({ to: a });\n}\n`;
    const calls = egress(code);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].destination.status, 'unresolved');
  });

  test('2,000 outbound calls in one file, each found once', () => {
    const code = `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://crm.example.de' });\n` +
      Array.from({ length: 2_000 }, (_, i) => `export function f${i}(c: { email: string }) { return api.post('/c${i}', { email: c.email }); }\n`).join('');
    const calls = egress(code);
    assert.equal(calls.length, 2_000);
    assert.ok(calls.every((c) => c.destination.destination === 'DE' && c.categories[0] === 'contact.email'));
  });
});
