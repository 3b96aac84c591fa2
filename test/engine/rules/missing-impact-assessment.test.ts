import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('missing-impact-assessment', () => {
  test('fires on sensitive data and on transfers without a pia', () => {
    const r = check(field('@personalData identity.idNumber purpose=marketing basis=separate-consent'), POLICY);
    assert.deepEqual(r.only('missing-impact-assessment').map((f) => f.citations), [[{ law: 'PIPL', article: 55, item: '(1)' }, { law: 'PIPL', article: 56 }]]);
    assert.equal(check(transfer('@crossBorder us-analytics consent=separate'), POLICY).only('missing-impact-assessment').length, 1);
  });

  test('does not fire when a pia is on the tag, the purpose or the destination', () => {
    assert.deepEqual(check(field('@personalData identity.idNumber purpose=marketing basis=separate-consent pia=PIA-7'), POLICY).only('missing-impact-assessment'), []);
    assert.deepEqual(check(field('@personalData biometric.face purpose=faceLogin'), POLICY).only('missing-impact-assessment'), []);
    assert.deepEqual(check(transfer('@crossBorder SG'), POLICY).only('missing-impact-assessment'), []);
  });
});
