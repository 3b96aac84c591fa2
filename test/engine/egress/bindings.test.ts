/** Egress discovery: the bindings and clients an outbound call is reached through, and access paths. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, egress, single, textAt } from './helpers';

const SMS = `{ to: customer.phone, from: FROM, body: 'Your parcel shipped' }`;

/** The operations found, as "entry.operation" in text order. */
function found(code: string): string[] {
  return egress(code).map((c) => `${c.entry.id}.${c.operation}`);
}

describe('bindings from import and require', () => {
  test('a default import: the module object itself (sgMail.send is "send")', () => {
    const code = `import sgMail from '@sendgrid/mail';\nexport const welcome = (c: { email: string }) => sgMail.send({ to: c.email, from: FROM });\n`;
    const call = single(egress(code), 'sendgrid-mail', 'send');
    assert.equal(call.package, '@sendgrid/mail');
    assert.equal(textAt(code, call.callee), 'sgMail.send');
  });

  test('a named import keeps its name: new SESClient(...).send is "SESClient.send"', () => {
    const code = `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\nexport function mail(to: string) {\n  return new SESClient({ region: 'eu-west-2' }).send(new SendEmailCommand({ Destination: { ToAddresses: [to] } }));\n}\n`;
    assert.deepEqual(found(code), ['aws-ses.SESClient.send']);
  });

  test('a namespace import, and a scope wildcard (@sentry/* covers @sentry/browser)', () => {
    const code = `import * as Sentry from '@sentry/browser';\nexport function login(user: { id: string }) { Sentry.setUser({ id: user.id }); }\n`;
    assert.equal(single(egress(code), 'sentry').package, '@sentry/browser');
  });

  test('import { default as x } and import x = require()', () => {
    assert.deepEqual(found(`import { default as mail } from '@sendgrid/mail';\nmail.send(msg);\n`), ['sendgrid-mail.send']);
    assert.deepEqual(found(`import mail = require('@sendgrid/mail');\nmail.send(msg);\n`), ['sendgrid-mail.send']);
  });

  test('require, a destructured require, and a dynamic import', () => {
    assert.deepEqual(found(`const twilio = require('twilio');\nconst client = twilio(SID, TOKEN);\nclient.messages.create(${SMS});\n`), ['twilio.messages.create']);
    assert.deepEqual(found(`const { SESClient } = require('@aws-sdk/client-ses');\nconst ses = new SESClient({});\nses.send(command);\n`), ['aws-ses.SESClient.send']);
    assert.deepEqual(found(`export async function f() {\n  const { default: mail } = await import('@sendgrid/mail');\n  await mail.send(msg);\n}\n`), ['sendgrid-mail.send']);
  });

  test('a type-only import binds nothing, and a module not in the catalogue is not egress', () => {
    assert.deepEqual(found(`import type sgMail from '@sendgrid/mail';\nimport mailer from './mailer';\nmailer.send(msg);\n`), []);
  });
});

describe('clients made from a module', () => {
  test('a factory call inline, and destructured from a client', () => {
    assert.deepEqual(found(`import twilio from 'twilio';\ntwilio(SID, TOKEN).messages.create(${SMS});\n`), ['twilio.messages.create']);
    assert.deepEqual(found(`import twilio from 'twilio';\nconst { messages } = twilio(SID, TOKEN);\nmessages.create(${SMS});\n`), ['twilio.messages.create']);
  });

  test('new, inline and held in a module constant used in a function', () => {
    assert.deepEqual(found(`import Stripe from 'stripe';\nnew Stripe(KEY).customers.create({ email });\n`), ['stripe.customers.create']);
    const code = `import Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nexport async function register(email: string) {\n  return stripe.customers.create({ email });\n}\n`;
    assert.equal(textAt(code, single(egress(code), 'stripe').callee), 'stripe.customers.create');
  });

  test('an axios.create({ baseURL }) instance: its calls are axios calls, configured by the instance', () => {
    const code = `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://crm.example.de' });\nexport const save = (c: unknown) => api.post('/contacts', c);\n`;
    const call = single(egress(code), 'axios', 'post');
    assert.equal(call.destination.host, 'crm.example.de');
  });

  test('a client held in a local variable, and one assigned after its declaration', () => {
    assert.deepEqual(found(`import twilio from 'twilio';\nexport function f(customer: { phone: string }) {\n  const client = twilio(SID, TOKEN);\n  return client.messages.create(${SMS});\n}\n`), ['twilio.messages.create']);
    assert.deepEqual(found(`import twilio from 'twilio';\nlet client;\nclient = twilio(SID, TOKEN);\nclient.messages.create(${SMS});\n`), ['twilio.messages.create']);
  });

  test('class fields: this.stripe_ = new Stripe(key) in the constructor, and a field initialiser', () => {
    const assigned = `import Stripe from 'stripe';\nexport class Billing {\n  private stripe_: Stripe;\n  constructor(key: string) { this.stripe_ = new Stripe(key); }\n  register(email: string) { return this.stripe_.customers.create({ email }); }\n}\n`;
    assert.deepEqual(found(assigned), ['stripe.customers.create']);
    const initialised = `import Stripe from 'stripe';\nexport class Billing {\n  private readonly stripe = new Stripe(KEY);\n  register(email: string) { return this.stripe.customers.create({ email }); }\n}\n`;
    assert.deepEqual(found(initialised), ['stripe.customers.create']);
  });

  test('a client known by its declared type: an injected constructor parameter, a typed field, a typed parameter', () => {
    const injected = `import type { SESClient } from '@aws-sdk/client-ses';\n@Injectable()\nexport class Mailer {\n  constructor(private readonly ses: SESClient) {}\n  mail(cmd: unknown) { return this.ses.send(cmd); }\n}\n`;
    const call = single(egress(injected), 'aws-ses');
    assert.equal(call.destination.status, 'unresolved', 'an injected client\'s options are not in this file');
    assert.deepEqual(found(`import Stripe from 'stripe';\nexport class Billing {\n  private stripe!: Stripe;\n  register(email: string) { return this.stripe.customers.create({ email }); }\n}\n`), ['stripe.customers.create']);
    assert.deepEqual(found(`import Stripe from 'stripe';\nexport function g(client: Stripe, email: string) { return client.customers.create({ email }); }\n`), ['stripe.customers.create']);
  });

  test('a field of another class, or a client typed any, is not followed', () => {
    const code = `import Stripe from 'stripe';\nclass A { stripe = new Stripe(KEY); }\nclass B { stripe: any; f(email: string) { return this.stripe.customers.create({ email }); } }\nexport function g(client: any, email: string) { return client.customers.create({ email }); }\n`;
    assert.deepEqual(found(code), []);
  });
});

describe('access paths', () => {
  test('a path matches when it ends with the operation: client.api.v2010.accounts(SID).messages.create', () => {
    assert.deepEqual(found(`import twilio from 'twilio';\nconst client = twilio(SID, TOKEN);\nclient.api.v2010.accounts(SID).messages.create(${SMS});\n`), ['twilio.messages.create']);
  });

  test('other calls of a catalogued client are not egress, nor a call on the result of an operation', () => {
    const code = `import twilio from 'twilio';\nconst client = twilio(SID, TOKEN);\nclient.messages.list();\nclient.messages.create(${SMS}).then(done);\n`;
    assert.deepEqual(found(code), ['twilio.messages.create']);
  });

  test('calls on a client made by a factory match; the factory call itself is not outbound', () => {
    const code = `import createFaceClient from '@azure-rest/ai-vision-face';\nconst face = createFaceClient(ENDPOINT, CREDENTIAL);\nface.path('/detect').post({ body: photo });\n`;
    assert.deepEqual(found(code), ['azure-face.path.post']);
  });

  test('a name shadowing the import is not the module', () => {
    const code = `import sgMail from '@sendgrid/mail';\nexport function f(sgMail: { send(x: unknown): void }) { sgMail.send(msg); }\n`;
    assert.deepEqual(found(code), []);
  });
});

describe('runtime globals', () => {
  test('fetch, window.fetch and globalThis.fetch', () => {
    const code = `fetch('https://a.example.de/x');\nwindow.fetch('https://a.example.de/y');\nglobalThis.fetch('https://a.example.de/z');\n`;
    const calls = callsOf(egress(code), 'fetch');
    assert.equal(calls.length, 3);
    assert.ok(calls.every((c) => c.global === 'fetch' && c.package === undefined));
  });

  test('a local fetch shadows the global', () => {
    assert.deepEqual(found(`import { fetch } from './http';\nfetch('https://a.example.de/x');\nfunction g() { const fetch = (u: string) => u; fetch('https://b.example.de'); }\n`), []);
  });

  test('navigator.sendBeacon, new WebSocket(url) and its send, XMLHttpRequest open and send, gtag', () => {
    const code = [
      `navigator.sendBeacon('https://c.example.de/b', payload);`,
      `const ws = new WebSocket('wss://c.example.de/live');`,
      `ws.send(message);`,
      `const xhr = new XMLHttpRequest();`,
      `xhr.open('POST', 'https://c.example.de/x');`,
      `xhr.send(body);`,
      `gtag('event', 'login', { method: 'Google' });`,
      `navigator.geolocation.getCurrentPosition(done);`,
      '',
    ].join('\n');
    assert.deepEqual(found(code), [
      'send-beacon.navigator.sendBeacon',
      'websocket.WebSocket',
      'websocket.WebSocket.send',
      'xml-http-request.XMLHttpRequest.open',
      'xml-http-request.XMLHttpRequest.send',
      'gtag.gtag',
    ]);
  });
});
