import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicy, loadPolicy } from '../../../server/src/engine/index';

describe('cross-border-volume-undeclared', () => {
  test('fires on a policy that approves destinations but declares no volume, on the policy file', () => {
    const text = 'crossBorder:\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    const f = analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text);
    assert.deepEqual(f.map((x) => [x.rule, x.severity, text.slice(x.span.start, x.span.end)]), [['cross-border-volume-undeclared', 'info', 'destinations']]);
  });

  test('does not fire with a volume, or without destinations', () => {
    const withVolume = 'crossBorder:\n  volume: { individuals: 5 }\n  destinations:\n    SG: { mechanism: standard-contract }\n';
    assert.deepEqual(analyzePolicy(loadPolicy(withVolume, '/p/privacy-policy.yaml'), withVolume), []);
    const none = 'version: 1\n';
    assert.deepEqual(analyzePolicy(loadPolicy(none, '/p/privacy-policy.yaml'), none), []);
  });
});
