import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, transfer } from '../../helpers';

describe('cross-border-domestic-destination', () => {
  test('fires on CN: not abroad, and no cross-border rule runs on it', () => {
    const r = check(transfer('@crossBorder CN'));
    assert.deepEqual(r.rules, ['cross-border-domestic-destination']);
    assert.equal(r.findings[0].severity, 'info');
  });

  test('does not fire on Hong Kong (handled as outbound in CAC practice)', () => {
    assert.deepEqual(check(transfer('@crossBorder HK mechanism=exempt consent=separate')).only('cross-border-domestic-destination'), []);
  });
});
