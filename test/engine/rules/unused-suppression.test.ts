import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../helpers';

const FACE = '/** @personalData biometric.face basis=consent */\nexport const face = "";\n';

describe('unused-suppression', () => {
  test('fires on a suppression with no such finding on the line it covers', () => {
    const r = check('// privacy-annotations-disable-next-line missing-retention -- not needed\n' + FACE);
    assert.equal(r.only('unused-suppression')[0].severity, 'info');
    assert.match(r.only('unused-suppression')[0].message.en, /no missing-retention finding/);
    assert.equal(r.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
  });

  test('does not fire on a suppression that suppresses a finding, nor on an invalid one', () => {
    assert.deepEqual(check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- legacy flow\n' + FACE).only('unused-suppression'), []);
    assert.deepEqual(check('// privacy-annotations-disable-next-line missing-retention\n' + FACE).only('unused-suppression'), [], 'reported as invalid instead');
  });
});
