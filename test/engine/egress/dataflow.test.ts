/** Egress discovery: which personal data reaches an outbound call, each piece with its evidence. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSource } from '../../../server/src/engine/extract/extractTags';
import { Project } from '../../../server/src/engine/xref/reaching';
import { MemoryHost } from '../../memoryHost';
import { projectTypeReach, type DataEvidence, type EgressCall } from '../../../server/src/engine/egress/index';
import { egress, single, textAt } from './helpers';

const FN = '/project/src/sample.ts';

/** "kind category @ text" for each piece of evidence, strongest first. */
function evidence(code: string, call: EgressCall): string[] {
  return call.data.map((d) => `${d.kind} ${d.category} @ ${textAt(code, d.span)}`);
}

function post(body: string, before = '', params = 'user: { email: string; phone: string }'): { code: string; call: EgressCall } {
  const code = `${before}export async function send(${params}) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: ${body} });\n}\n`;
  return { code, call: single(egress(code), 'fetch') };
}

describe('values followed within a function', () => {
  test('property access and JSON.stringify', () => {
    const { code, call } = post('JSON.stringify({ mail: user.email })');
    assert.deepEqual(call.categories, ['contact.email']);
    assert.ok(evidence(code, call).includes('name contact.email @ email'), evidence(code, call).join('\n'));
    assert.equal(call.data.find((d) => textAt(code, d.span) === 'email')!.path, 'user.email');
  });

  test('a local variable, and an object literal key naming what its value is', () => {
    const { call } = post('JSON.stringify(payload)', '', 'input: string');
    assert.deepEqual(call.categories, []);
    const local = `export async function send(input: string) {\n  const payload = { phoneNumber: input };\n  await fetch('https://api.example.de/x', { method: 'POST', body: JSON.stringify(payload) });\n}\n`;
    assert.deepEqual(single(egress(local), 'fetch').categories, ['contact.phone']);
  });

  test('destructuring, of a value and of a parameter', () => {
    const code = `export async function send(customer: { mobile: string }) {\n  const { mobile: m } = customer;\n  await fetch('https://api.example.de/x', { method: 'POST', body: m });\n}\n`;
    assert.deepEqual(single(egress(code), 'fetch').categories, ['contact.phone']);
    const param = `export async function send({ email }: { email: string }) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: email });\n}\n`;
    assert.deepEqual(single(egress(param), 'fetch').categories, ['contact.email']);
  });

  test('spreads and template strings, in the body and in the URL', () => {
    const spread = `export async function send(user: { email: string }) {\n  const base = { email: user.email };\n  await fetch('https://api.example.de/x', { method: 'POST', body: JSON.stringify({ ...base, source: 'web' }) });\n}\n`;
    assert.deepEqual(single(egress(spread), 'fetch').categories, ['contact.email']);
    const url = `export async function track(user: { phone: string }) {\n  await fetch(\`https://api.example.de/t?tel=\${encodeURIComponent(user.phone)}\`);\n}\n`;
    assert.deepEqual(single(egress(url), 'fetch').categories, ['contact.phone']);
  });

  test("the enclosing function's parameters: their names, and their declared types", () => {
    const named = `export async function send(idCardNumber: string) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: idCardNumber });\n}\n`;
    assert.deepEqual(single(egress(named), 'fetch').categories, ['identity.idNumber']);
    const typed = `type PhoneNumber = string;\nexport async function send(to: PhoneNumber) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: to });\n}\n`;
    const call = single(egress(typed), 'fetch');
    assert.deepEqual(call.categories, ['contact.phone']);
    assert.equal(call.data[0].kind, 'type');
  });

  test('values appended to a FormData or URLSearchParams, pushed to an array', () => {
    const form = `export async function send(customer: { phone: string }, note: string) {\n  const form = new FormData();\n  form.append('mobileNumber', note);\n  form.append('source', 'web');\n  await fetch('https://api.example.de/x', { method: 'POST', body: form });\n}\n`;
    const call = single(egress(form), 'fetch');
    assert.deepEqual(call.categories, ['contact.phone']);
    assert.equal(textAt(form, call.data[0].span), "'mobileNumber'");
    const list = `export async function send(user: { email: string }) {\n  const rows = [];\n  rows.push({ email: user.email });\n  await fetch('https://api.example.de/x', { method: 'POST', body: JSON.stringify(rows) });\n}\n`;
    assert.deepEqual(single(egress(list), 'fetch').categories, ['contact.email']);
  });

  test('the result of an unknown function is not followed (hash(email) is not the email)', () => {
    assert.deepEqual(post('hash(user.email)').call.categories, []);
  });

  test('literals and constants are nobody\'s data: a fixed address, SCREAMING_CASE, process.env', () => {
    const { call } = post(`JSON.stringify({ email: 'support@shop.example', replyTo: SUPPORT_EMAIL, phone: process.env.OPS_PHONE, mobile: FROM })`, 'const FROM = "+4930123";\n');
    assert.deepEqual(call.categories, []);
  });

  test('nothing reaches a call that sends no personal data', () => {
    const code = `export const ping = () => fetch('https://status.example.de/health');\n`;
    assert.deepEqual(single(egress(code), 'fetch').data, []);
  });
});

describe('@personalData tags', () => {
  const MODEL = `export interface Customer {\n  id: string;\n  /** @personalData contact.email */\n  mail: string;\n  /** @personalData contact.address */\n  home: { city: string };\n}\n`;

  test('a typed parameter of this file: the whole value carries every tagged member', () => {
    const { code, call } = post('JSON.stringify(c)', MODEL, 'c: Customer');
    assert.deepEqual(call.categories, ['contact.email', 'contact.address']);
    const mail = call.data.find((d) => d.category === 'contact.email')!;
    assert.equal(mail.kind, 'tag');
    assert.equal(mail.declared?.as, 'Customer.mail');
    assert.equal(mail.declared?.file, FN);
    assert.equal(textAt(code, mail.declared!.span), 'mail');
    assert.match(mail.reason.en, /@personalData contact\.email/);
  });

  test('property access narrows to the member read, and inside a tagged member', () => {
    assert.deepEqual(post('c.mail', MODEL, 'c: Customer').call.categories, ['contact.email']);
    assert.deepEqual(post('c.id', MODEL, 'c: Customer').call.categories, []);
    assert.deepEqual(post('c.home.city', MODEL, 'c: Customer').call.categories, ['contact.address']);
  });

  test('a tag on a parameter, a local variable, or a class field', () => {
    const param = `export async function send(/** @personalData health.medical */ note: string) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: note });\n}\n`;
    assert.deepEqual(single(egress(param), 'fetch').categories, ['health.medical']);
    const local = `export async function send(raw: string) {\n  /** @personalData location.track */\n  const trail = raw.split(',');\n  await fetch('https://api.example.de/x', { method: 'POST', body: JSON.stringify(trail) });\n}\n`;
    assert.deepEqual(single(egress(local), 'fetch').categories, ['location.track']);
    const field = `export class Sync {\n  /** @personalData financial.account */\n  private iban = '';\n  push() { return fetch('https://api.example.de/x', { method: 'POST', body: this.iban }); }\n}\n`;
    assert.deepEqual(single(egress(field), 'fetch').categories, ['financial.account']);
  });

  test('types from another file, through the cross-file index the caller passes', () => {
    const files: Record<string, string> = { '/project/src/models.ts': MODEL };
    const code = `import type { Customer } from './models';\nexport async function send(c: Customer) {\n  await fetch('https://api.example.de/x', { method: 'POST', body: JSON.stringify({ to: c.mail }) });\n}\n`;
    files[FN] = code;
    const project = new Project(new MemoryHost(files));
    const sf = parseSource(code, FN);
    const call = single(egress(code, { typeReach: projectTypeReach(project, FN, code, sf) }), 'fetch');
    const tag = call.data.find((d) => d.kind === 'tag')!;
    assert.equal(tag.category, 'contact.email');
    assert.equal(tag.declared?.file, '/project/src/models.ts');
    assert.equal(tag.path, 'c.mail');
    // Without the index, the type stays unknown: only the name speaks.
    assert.ok(!single(egress(code), 'fetch').data.some((d) => d.kind === 'tag'));
  });
});

describe('catalogue parameter roles', () => {
  test('the "to" of an SMS is a phone number, with the value\'s span; evidence strongest first', () => {
    const code = `import twilio from 'twilio';\nconst client = twilio(SID, TOKEN);\nexport function notify(customer: { mobile: string }) {\n  return client.messages.create({ to: customer.mobile, from: FROM, body: 'Shipped' });\n}\n`;
    const call = single(egress(code), 'twilio');
    assert.deepEqual(evidence(code, call), ['catalogue contact.phone @ customer.mobile', 'name contact.phone @ mobile']);
    assert.equal(call.data[0].path, 'to');
    assert.match(call.data[0].reason.en, /"to" of Twilio messages\.create is contact\.phone/);
    assert.ok(call.data[0].reason.zh.length > 0);
  });

  test('a literal in a role is not personal data; an argument built elsewhere carries the role by definition', () => {
    const fixed = `import sgMail from '@sendgrid/mail';\nsgMail.send({ to: 'ops@shop.example', from: FROM, text: 'Daily report' });\n`;
    assert.deepEqual(single(egress(fixed), 'sendgrid-mail').categories, []);
    const opaque = `import sgMail from '@sendgrid/mail';\nexport function deliver(msg: Message) { return sgMail.send(msg); }\n`;
    const call = single(egress(opaque), 'sendgrid-mail');
    assert.deepEqual(call.categories, ['contact.email']);
    assert.equal(textAt(opaque, call.data[0].span), 'msg');
    assert.match(call.data[0].reason.en, /built elsewhere/);
  });

  test('roles through a local variable, arrays, and a command object (new SendEmailCommand(input))', () => {
    const code = `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\nconst ses = new SESClient({ region: 'eu-west-1' });\nexport function mail(buyer: { contact: string }) {\n  const input = { Destination: { ToAddresses: [buyer.contact] }, Source: FROM };\n  return ses.send(new SendEmailCommand(input));\n}\n`;
    const call = single(egress(code), 'aws-ses');
    assert.equal(call.data[0].kind, 'catalogue');
    assert.equal(textAt(code, call.data[0].span), 'buyer.contact');
  });

  test('several roles: Sentry.setUser({ id, email, ip_address })', () => {
    const code = `import * as Sentry from '@sentry/node';\nexport function identify(req: Req, account: { id: string; email: string }) {\n  Sentry.setUser({ id: account.id, email: account.email, ip_address: req.ip });\n}\n`;
    const call = single(egress(code), 'sentry');
    assert.deepEqual(call.data.filter((d) => d.kind === 'catalogue').map((d) => d.category), ['account.id', 'contact.email', 'device.ip']);
  });
});

describe('facial recognition', () => {
  test('a face entry marks the call as creating and sending biometric.face, whatever its argument', () => {
    const code = `import { RekognitionClient, IndexFacesCommand } from '@aws-sdk/client-rekognition';\nconst rek = new RekognitionClient({ region: 'us-east-1' });\nexport function enrol(image: Uint8Array) {\n  return rek.send(new IndexFacesCommand({ CollectionId: 'members', Image: { Bytes: image } }));\n}\n`;
    const call = single(egress(code), 'aws-rekognition');
    assert.deepEqual(call.creates, ['biometric.face']);
    assert.equal(call.categories[0], 'biometric.face');
    const face = call.data[0] as DataEvidence;
    assert.equal(face.kind, 'catalogue');
    assert.equal(textAt(code, face.span), 'rek.send');
    assert.match(face.reason.en, /facial recognition/);
    assert.match(face.reason.zh, /人脸/);
  });

  test('other entries create nothing', () => {
    const code = `import twilio from 'twilio';\ntwilio(A, B).messages.create(opts);\n`;
    assert.deepEqual(single(egress(code), 'twilio').creates, []);
  });
});
