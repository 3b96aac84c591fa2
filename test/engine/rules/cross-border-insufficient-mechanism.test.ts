import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom, transfer } from '../../helpers';
import { POLICY } from './policy';

describe('cross-border-insufficient-mechanism', () => {
  test('fires on exempt at 250,000 individuals, which needs a standard contract (CBDF2024 Art. 8)', () => {
    const code = transfer('@crossBorder SG mechanism=exempt exemption=below-threshold');
    const [f] = check(code, POLICY).only('cross-border-insufficient-mechanism');
    assert.equal(code.slice(f.span.start, f.span.end), 'exempt');
    assert.match(f.message.en, /250,000 individuals since 1 January/);
    assert.deepEqual(f.citations, [{ law: 'PIPL', article: 38 }, { law: 'PIPL', article: 40 }, { law: 'CBDF2024', article: 8 }]);
    const fix = f.fix as { key: string; value: string; remove?: { start: number; end: number } };
    assert.equal(fix.value, 'standard-contract');
    assert.equal(code.slice(fix.remove!.start, fix.remove!.end), 'exemption=below-threshold');
    // A weak mechanism that comes from the policy is fixed in the policy, not by overriding it in the tag.
    const fromPolicy = check(transfer('@crossBorder SG'), policyFrom('crossBorder:\n  volume: { individuals: 150000 }\n  destinations:\n    SG: { mechanism: exempt, separateConsent: true }\n'));
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism').length, 1);
    assert.equal(fromPolicy.only('cross-border-insufficient-mechanism')[0].fix, undefined);
    // Without a policy, sensitive categories alone move the transfer to Art. 8.
    assert.equal(check(transfer('@crossBorder SG mechanism=exempt categories=health.medical consent=separate')).only('cross-border-insufficient-mechanism').length, 1);
  });

  test('does not fire on contract necessity (whatever the volume) or non-sensitive data below the threshold', () => {
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt exemption=contract-necessity'), POLICY).only('cross-border-insufficient-mechanism'), []);
    assert.deepEqual(check(transfer('@crossBorder SG mechanism=exempt categories=contact.phone consent=separate')).only('cross-border-insufficient-mechanism'), []);
  });
});
