import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('sensitive-needs-separate-consent', () => {
  test('fires on a sensitive category on plain consent, with the fix', () => {
    const code = field('@personalData biometric.face purpose=faceLogin basis=consent');
    const [f] = check(code, POLICY).only('sensitive-needs-separate-consent');
    assert.equal(code.slice(f.span.start, f.span.end), 'biometric.face');
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 28 }, { law: 'PIPL', article: 29 }]);
    assert.equal(f.fix?.kind, 'setParam');
    assert.deepEqual({ key: (f.fix as { key: string }).key, value: (f.fix as { value: string }).value }, { key: 'basis', value: 'separate-consent' });
    // Through the purpose's basis, and with a policy-marked sensitive category; without any policy too.
    assert.equal(check(field('@personalData identity.idNumber purpose=marketing'), POLICY).only('sensitive-needs-separate-consent').length, 1);
    assert.equal(check(field('@personalData health.medical basis=consent')).only('sensitive-needs-separate-consent').length, 1);
  });

  test('does not fire on separate consent, or on non-sensitive data', () => {
    assert.deepEqual(check(field('@personalData biometric.face purpose=faceLogin'), POLICY).only('sensitive-needs-separate-consent'), []);
    assert.deepEqual(check(field('@personalData contact.phone basis=consent')).only('sensitive-needs-separate-consent'), []);
  });
});
