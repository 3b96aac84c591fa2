import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../helpers';
import { applyEdits, fixChoices } from '../../../server/src/lsp/fixes';
import { POLICY } from './policy';

const TWILIO = `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export function notifyShipped(customer: { phone: string; name: string }) {
  return client.messages.create({ to: customer.phone, from: '+15005550006', body: \`Hi \${customer.name}, your parcel shipped\` });
}
`;

describe('cross-border-untagged-transfer', () => {
  test('fires on personal data sent abroad with no @crossBorder, naming categories, vendor, host and country, with a tag fix', () => {
    const [f] = check(TWILIO).only('cross-border-untagged-transfer');
    assert.equal(TWILIO.slice(f.span.start, f.span.end), 'client.messages.create');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.en, /^contact\.phone, identity\.name -> Twilio \(api\.twilio\.com\), United States \(US\): personal information leaves mainland China here and no @crossBorder covers this call/);
    assert.match(f.message.zh, /个人信息在此处出境，但没有 @crossBorder 标注覆盖该调用/);
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 39 }]);
    // Without a policy: only the tag, in a new JSDoc block above the function.
    assert.equal(f.fix?.kind, 'addTag');
    const [choice] = fixChoices(f.fix!, TWILIO, 'en');
    assert.equal(choice.title, 'Add @crossBorder US to notifyShipped');
    const fixed = applyEdits(TWILIO, choice.edits);
    assert.match(fixed, /\n\/\*\* @crossBorder US recipient=twilio categories=contact\.phone,identity\.name \*\/\nexport function notifyShipped/);
    assert.deepEqual(check(fixed).only('cross-border-untagged-transfer'), [], 'the tag covers the call');
  });

  test('fires with a second fix adding the destination to a policy that lacks it; a policy destination with that country is named', () => {
    const [f] = check(TWILIO, POLICY).only('cross-border-untagged-transfer');
    // POLICY's us-analytics has country US: the tag names it, and nothing is missing from the policy.
    assert.equal(f.fix?.kind, 'addTag');
    assert.match(fixChoices(f.fix!, TWILIO, 'en')[0].edits[0].newText, /@crossBorder us-analytics recipient=twilio/);
    const de = `export function syncContact(customer: { email: string }) {\n  return fetch('https://crm.example.de/contacts', { method: 'POST', body: JSON.stringify({ email: customer.email }) });\n}\n`;
    const [g] = check(de, POLICY).only('cross-border-untagged-transfer');
    assert.match(g.message.en, /^contact\.email -> Fetch API \(crm\.example\.de\), Germany \(DE\)/);
    assert.deepEqual(g.fix?.kind === 'several' ? g.fix.fixes.map((x) => x.kind) : g.fix?.kind, ['addTag', 'addToPolicy']);
    assert.deepEqual(g.fix?.kind === 'several' && g.fix.fixes[1], { kind: 'addToPolicy', section: 'crossBorder.destinations', id: 'DE' });
  });

  test('does not fire when a @crossBorder on the function (or a same-file caller) covers the call, nor for domestic, internal or no personal data', () => {
    const tagged = TWILIO.replace('export function notifyShipped', '/** @crossBorder US recipient=twilio categories=contact.phone,identity.name */\nexport function notifyShipped');
    assert.deepEqual(check(tagged).only('cross-border-untagged-transfer'), []);
    const viaCaller = `import twilio from 'twilio';
const client = twilio(SID, TOKEN);
function send(to: string) { return client.messages.create({ to, from: FROM, body: 'Your code' }); }
/** @crossBorder US recipient=twilio categories=contact.phone */
export function verifyPhone(phone: string) { return send(phone); }
`;
    assert.deepEqual(check(viaCaller).only('cross-border-untagged-transfer'), []);
    const domestic = `import Core from '@alicloud/pop-core';
const sms = new Core({ endpoint: 'https://dysmsapi.aliyuncs.com', accessKeyId: AK, accessKeySecret: SK, apiVersion: '2017-05-25' });
export function notify(user: { phone: string }) { return sms.request('SendSms', { PhoneNumbers: user.phone, SignName: 'Shop', TemplateCode: 'T1' }); }
`;
    assert.deepEqual(check(domestic).only('cross-border-untagged-transfer'), []);
    assert.deepEqual(check(`export const save = (user: { email: string }) => fetch('http://localhost:3000/users', { method: 'POST', body: JSON.stringify(user) });\n`).only('cross-border-untagged-transfer'), []);
    assert.deepEqual(check(`export const ping = () => fetch('https://status.example.de/ping', { method: 'POST', body: JSON.stringify({ ok: true }) });\n`).only('cross-border-untagged-transfer'), []);
    // Test files are not checked for transfers.
    assert.deepEqual(check(TWILIO, undefined, undefined, 'src/notify.test.ts').only('cross-border-untagged-transfer'), []);
  });
});
