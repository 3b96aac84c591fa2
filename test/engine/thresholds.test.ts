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

  test('the reasoning is given in figures, saying which count it is (non-sensitive or sensitive PI)', () => {
    const r = need({ volume: { individuals: 250_000, sensitiveIndividuals: 0 } });
    assert.match(r.reasons[0].en, /250,000 individuals' non-sensitive PI provided abroad since 1 January/);
    assert.deepEqual(r.alternatives, ['certification']);
    assert.match(r.reasons[0].zh, /自当年1月1日起累计向境外提供 250,000 人的个人信息（不含敏感个人信息；10万人以上、不满100万人）/);
    const s = need({ volume: { individuals: 0, sensitiveIndividuals: 1_200 } });
    assert.match(s.reasons[0].en, /1,200 individuals' sensitive PI provided abroad since 1 January \(under 10,000\)/);
  });

  // All PI of a minor under 14 is sensitive (PIPL Art. 28): it falls under Art. 8 at any volume below Art. 7's.
  const minors: [{ individuals: number; sensitiveIndividuals: number }, string][] = [
    [{ individuals: 0, sensitiveIndividuals: 0 }, 'standard-contract'],
    [{ individuals: 99_999, sensitiveIndividuals: 0 }, 'standard-contract'],
    [{ individuals: 999_999, sensitiveIndividuals: 9_999 }, 'standard-contract'],
    [{ individuals: 99_999, sensitiveIndividuals: 10_000 }, 'security-assessment'],
    [{ individuals: 1_000_000, sensitiveIndividuals: 0 }, 'security-assessment'],
  ];
  for (const [volume, mechanism] of minors) {
    test(`minors' data sent with ${volume.individuals.toLocaleString('en-US')} / ${volume.sensitiveIndividuals.toLocaleString('en-US')} sensitive individuals -> ${mechanism}`, () => {
      const r = need({ volume, sensitiveSent: ['identity.name'], minorsSent: ['identity.name'], minor: true });
      assert.equal(r.mechanism, mechanism);
      if (mechanism === 'standard-contract') {
        assert.ok(r.reasons.some((x) => /personal information of minors under 14 is sent \(identity\.name\): all of it is sensitive \(PIPL Art\. 28\)/.test(x.en)));
        assert.deepEqual(r.citations, [{ law: 'CBDF2024', article: 8 }, { law: 'PIPL', article: 28 }]);
      }
      // The same volume without minors' data: exempt below 100,000 and no sensitive PI.
      const without = need({ volume });
      if (volume.individuals < 100_000 && volume.sensitiveIndividuals === 0) assert.equal(without.mechanism, 'exempt');
    });
  }

  test('subject=minor with no category known still counts as sensitive PI sent', () => {
    const r = need({ volume: { individuals: 10, sensitiveIndividuals: 0 }, minor: true });
    assert.equal(r.mechanism, 'standard-contract');
    assert.match(r.reasons[0].en, /minors under 14 is sent \(subject=minor\)/);
  });

  test('PIPL Art. 40 goes with the security assessment only for a CIIO or over its thresholds', () => {
    assert.equal(need({ ciio: true }).localization, true);
    assert.equal(need({ volume: { individuals: 1_000_000, sensitiveIndividuals: 0 } }).localization, true);
    assert.equal(need({ volume: { individuals: 0, sensitiveIndividuals: 10_000 } }).localization, true);
    assert.equal(need({ importantData: true, volume: { individuals: 0, sensitiveIndividuals: 0 } }).localization, false);
    assert.equal(need({ volume: { individuals: 999_999, sensitiveIndividuals: 9_999 } }).localization, false);
  });

  test('Chinese item numbers in reasons: 第五条第（一）项, never 第(1)项', () => {
    const r = need({ exemption: 'contract-necessity' });
    assert.match(r.reasons[0].zh, /《促进和规范数据跨境流动规定》第五条第（一）项/);
    assert.doesNotMatch(r.reasons[0].zh, /\(\d\)/);
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

  test('important data rules out the Art. 5 exemptions (Art. 5(2)), and the reasons say so', () => {
    const r = need({ importantData: true, exemption: 'contract-necessity' });
    assert.equal(r.mechanism, 'security-assessment');
    assert.ok(r.reasons.some((x) => /exemption contract-necessity does not hold/.test(x.en)));
  });

  test('the below-threshold exemption is only a claim: the volume decides', () => {
    assert.equal(need({ exemption: 'below-threshold', volume: { individuals: 100_000 } }).mechanism, 'standard-contract');
    assert.equal(need({ exemption: 'below-threshold', volume: { individuals: 99_999 } }).mechanism, 'exempt');
  });

  test('with no volume declared, or half of it, only what is known decides', () => {
    const r = need({});
    assert.equal(r.mechanism, 'exempt');
    assert.match(r.reasons[0].en, /no volume declared/);
    assert.equal(r.certain, false);
    assert.equal(need({ volume: { individuals: 5, sensitiveIndividuals: 0 } }).certain, true);
    // One count without the other: the missing one could reach a higher tier.
    assert.equal(need({ volume: { individuals: 5 } }).certain, false);
    assert.equal(need({ volume: { individuals: 250_000 } }).certain, false);
    assert.equal(need({ volume: { sensitiveIndividuals: 0 } }).certain, false);
    assert.equal(need({ volume: { individuals: 1_000_000 } }).certain, true, 'a security assessment is the top tier either way');
  });
});
