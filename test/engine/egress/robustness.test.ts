/** Egress discovery on generated code: long chains, many calls and minified names neither overflow the stack nor stall. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
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

  test("a bundle's short names reassigned from one another end, and a client behind them is still found", async () => {
    // As a minifier writes them: each name takes the value of the six after it. Followed without memory, one question
    // took 6^24 steps (a 1 MB yarn plugin never finished); each name's answer is now kept. Run in a worker, so that
    // a search that does not end fails the test instead of holding the run.
    const n = 40;
    const names = Array.from({ length: n }, (_, i) => `d${i}`);
    const assigns = names.flatMap((d, i) => Array.from({ length: 6 }, (_, k) => (i + k + 1 < n ? `${d}=${names[i + k + 1]};` : `${d}=0;`)));
    const code = `var ${names.join(',')};\n${assigns.join('')}\nlet h = d0;\nh = require("https");\n` +
      Array.from({ length: 50 }, (_, i) => `h.request("https://api.example.de/${i}");\n`).join('');
    const worker = new Worker(
      `const { egress } = require(${JSON.stringify(path.join(__dirname, 'helpers.js'))});\n` +
        `const calls = egress(require('node:worker_threads').workerData, { fileName: '/bundle/plugin.cjs' });\n` +
        `require('node:worker_threads').parentPort.postMessage(calls.map((c) => c.destination.destination));`,
      { eval: true, workerData: code },
    );
    const ended = new Promise<string[] | 'unfinished'>((resolve, reject) => {
      const watchdog = setTimeout(() => resolve('unfinished'), 30_000);
      worker.once('message', (m: string[]) => (clearTimeout(watchdog), resolve(m)));
      worker.once('error', (e) => (clearTimeout(watchdog), reject(e)));
    });
    const destinations = await ended;
    await worker.terminate();
    assert.notEqual(destinations, 'unfinished', 'egress discovery did not end within 30 s');
    assert.deepEqual(destinations, Array(50).fill('DE'));
  });
});
