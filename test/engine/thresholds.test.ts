/** The mechanism a transfer needs (CBDF2024 Arts. 5, 7, 8), at the exact boundaries ("以上" includes the number). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredMechanism, type TransferFacts } from '../../server/src/engine/index';

const base: TransferFacts = { ciio: false, importantData: false, sensitiveSent: [] };
const need = (f: Partial<TransferFacts>) => requiredMechanism({ ...base, ...f });

describe('required transfer mechanism', () => {
  const individuals: [number, string, number][] = [
    [0, 'exempt', 5],
    [99_999, 'exempt', 5],
    [100_000, 'standard-contract', 8],
    [250_000, 'standard-contract', 8],
    [999_999, 'standard-contract', 8],
    [1_000_000, 'security-assessment', 7],
  ];
  for (const [n, mechanism, article] of individuals) {
    test(`${n.toLocaleString('en-US')} individuals -> ${mechanism} (CBDF2024 Art. ${article})`, () => {
      const r = need({ volume: { individuals: n, sensitiveIndividuals: 0 } });
      assert.equal(r.mechanism, mechanism);
      assert.equal(r.basis.article, article);
    });
  }

  const sensitive: [number, string][] = [
    [0, 'exempt'],
    [1, 'standard-contract'],
    [9_999, 'standard-contract'],
    [10_000, 'security-assessment'],
  ];
  for (const [n, mechanism] of sensitive) {
    test(`${n.toLocaleString('en-US')} sensitive individuals -> ${mechanism}`, () => {
      assert.equal(need({ volume: { individuals: 10, sensitiveIndividuals: n } }).mechanism, mechanism);
    });
  }

  test('the reasoning is given in figures', () => {
    const r = need({ volume: { individuals: 250_000 } });
    assert.match(r.reasons[0].en, /250,000 individuals since 1 January/);
    assert.deepEqual(r.alternatives, ['certification']);
    assert.match(r.reasons[0].zh, /自当年1月1日起累计 250,000 人/);
  });

  test('any sensitive category sent moves a small transfer to Art. 8', () => {
    const r = need({ volume: { individuals: 10 }, sensitiveSent: ['health.medical'] });
    assert.equal(r.mechanism, 'standard-contract');
    assert.match(r.reasons[0].en, /health\.medical/);
  });

  test('a CIIO or important data needs a security assessment whatever the volume', () => {
    assert.equal(need({ ciio: true, volume: { individuals: 1 } }).mechanism, 'security-assessment');
    assert.equal(need({ importantData: true }).mechanism, 'security-assessment');
  });

  test('contract necessity, HR and emergency stand whatever the volume, for CIIOs too (Art. 5 (1)-(3))', () => {
    for (const [exemption, item] of [['contract-necessity', '(1)'], ['hr', '(2)'], ['emergency', '(3)']]) {
      const r = need({ ciio: true, importantData: false, volume: { individuals: 5_000_000, sensitiveIndividuals: 50_000 }, exemption });
      assert.equal(r.mechanism, 'exempt');
      assert.deepEqual(r.basis, { law: 'CBDF2024', article: 5, item });
    }
  });

  test('important data rules out the Art. 5 exemptions (Art. 5(2))', () => {
    assert.equal(need({ importantData: true, exemption: 'contract-necessity' }).mechanism, 'security-assessment');
  });

  test('the below-threshold exemption is only a claim: the volume decides', () => {
    assert.equal(need({ exemption: 'below-threshold', volume: { individuals: 100_000 } }).mechanism, 'standard-contract');
    assert.equal(need({ exemption: 'below-threshold', volume: { individuals: 99_999 } }).mechanism, 'exempt');
  });

  test('with no volume declared, only what is known decides', () => {
    const r = need({});
    assert.equal(r.mechanism, 'exempt');
    assert.match(r.reasons[0].en, /no volume declared/);
    assert.equal(r.certain, false);
    assert.equal(need({ volume: { individuals: 5 } }).certain, true);
  });
});
