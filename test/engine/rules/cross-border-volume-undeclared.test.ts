import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicy, loadPolicy } from '../../../server/src/engine/index';

const findings = (text: string) => analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text);

describe('cross-border-volume-undeclared', () => {
  test('fires on a policy that approves destinations but declares no volume, on the policy file', () => {
    const text = 'crossBorder:\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    const f = findings(text);
    assert.deepEqual(f.map((x) => [x.rule, x.severity, text.slice(x.span.start, x.span.end)]), [['cross-border-volume-undeclared', 'info', 'destinations']]);
  });

  test('fires on a volume that gives only one of its two counts, naming the missing one and what it counts', () => {
    const onlyIndividuals = 'crossBorder:\n  volume: { individuals: 5 }\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    const [a] = findings(onlyIndividuals);
    assert.equal(a.rule, 'cross-border-volume-undeclared');
    assert.equal(onlyIndividuals.slice(a.span.start, a.span.end), 'volume');
    assert.match(a.message.en, /gives individuals but not sensitiveIndividuals: the two are counted apart, and sensitiveIndividuals counts the individuals whose sensitive PI was provided abroad/);
    assert.match(a.message.zh, /只申报了 individuals，未申报 sensitiveIndividuals：两者分别计算/);
    const onlySensitive = 'crossBorder:\n  volume: { sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    const [b] = findings(onlySensitive);
    assert.match(b.message.en, /gives sensitiveIndividuals but not individuals: .* individuals counts the individuals whose non-sensitive PI was provided abroad/);
  });

  test('does not fire with both counts, or without destinations', () => {
    const withVolume = 'crossBorder:\n  volume: { individuals: 5, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    assert.deepEqual(findings(withVolume), []);
    assert.deepEqual(findings('version: 1\n'), []);
    assert.deepEqual(findings('crossBorder:\n  volume: { individuals: 5 }\n'), [], 'no destination: nothing to decide');
  });
});
