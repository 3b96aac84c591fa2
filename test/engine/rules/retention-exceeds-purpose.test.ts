import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, field } from '../../helpers';
import { POLICY } from './policy';

describe('retention-exceeds-purpose', () => {
  test('fires on a retention longer than the purpose allows; the fix sets the limit', () => {
    const code = field('@personalData contact.phone purpose=account retention=5y');
    const [f] = check(code, POLICY).only('retention-exceeds-purpose');
    assert.equal(code.slice(f.span.start, f.span.end), '5y');
    assert.equal((f.fix as { value: string }).value, '3y');
    assert.equal(check(field('@personalData contact.phone purpose=account retention=37m'), POLICY).only('retention-exceeds-purpose').length, 1);
  });

  test('does not fire within the limit (36m equals 3y)', () => {
    assert.deepEqual(check(field('@personalData contact.phone purpose=account retention=36m'), POLICY).only('retention-exceeds-purpose'), []);
    assert.deepEqual(check(field('@personalData contact.phone purpose=account retention=1y'), POLICY).only('retention-exceeds-purpose'), []);
  });
});
