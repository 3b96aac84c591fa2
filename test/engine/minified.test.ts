import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers';
import { looksMinified } from '../../server/src/engine/text/minified';

// An SMS through Twilio with the customer's phone, and a tagged type beside an untagged field the detector knows.
const SOURCE = `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
export interface Customer {
  /** @personalData contact.email */
  email: string;
  phoneNumber: string;
}
export function notifyShipped(customer: { phone: string; name: string }) {
  return client.messages.create({ to: customer.phone, from: '+15005550006', body: 'Your parcel shipped' });
}
`;
// Helpers a bundle carries, as a bundler writes them: short names, one statement after another.
const helpers = (n: number, sep: string) => Array.from({ length: n }, (_, i) => `function h${i}(a,b){return a+b*${i}}`).join(sep);
const formatted = SOURCE + helpers(80, '\n') + '\n';
const minified = SOURCE.replace(/\n\s*/g, ' ') + helpers(80, ';') + '\n';

describe('minified code', () => {
  test('Linguist\'s test: an average line over 110 characters, from 2 KB up', () => {
    assert.ok(formatted.length > 2048 && minified.length > 2048);
    assert.equal(looksMinified(formatted), false);
    assert.equal(looksMinified(minified), true);
    assert.equal(looksMinified('x'.repeat(2047)), false, 'under 2 KB: a short file written on one line is hand-written');
    assert.equal(looksMinified('x'.repeat(2048)), true);
    // 22 lines of 100 characters and one of 1,000: an average of 139, minified; with 40 short lines more it is not.
    const long = `${'a'.repeat(99)}\n`.repeat(22) + 'b'.repeat(1000);
    assert.equal(looksMinified(long), true);
    assert.equal(looksMinified('//\n'.repeat(40) + long), false);
  });

  test('is read for tags, but neither egress discovery nor the unannotated-data detector walks it', () => {
    const hand = check(formatted);
    assert.deepEqual(hand.textOf('cross-border-untagged-transfer'), ['client.messages.create']);
    assert.deepEqual(hand.textOf('unannotated-personal-data'), ['phoneNumber', 'phone', 'name']);
    const bundled = check(minified);
    assert.deepEqual(bundled.only('cross-border-untagged-transfer'), []);
    assert.deepEqual(bundled.only('unannotated-personal-data'), []);
    // Its tags are still checked.
    const wrong = check(minified.replace('@personalData contact.email', '@personalData contact.emial'));
    assert.deepEqual(wrong.textOf('unknown-category'), ['contact.emial']);
  });
});
