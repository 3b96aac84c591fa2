import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field, policyFrom } from '../../helpers';

describe('missing-retention', () => {
  const strict = policyFrom('require: { retention: true }\nrules: { missing-retention: error }');

  test('fires when neither the tag nor the purpose gives one; a policy severity override applies', () => {
    const r = check(field('@personalData contact.phone'), strict);
    assert.deepEqual(r.textOf('missing-retention'), ['@personalData']);
    assert.equal(r.only('missing-retention')[0].severity, 'error');
  });

  test('does not fire with a retention, or when the policy turns it off', () => {
    assert.deepEqual(check(field('@personalData contact.phone retention=30d'), strict).only('missing-retention'), []);
    const off = policyFrom('require: { retention: true }\nrules: { missing-retention: "off" }');
    assert.deepEqual(check(field('@personalData contact.phone'), off).only('missing-retention'), []);
  });
});
