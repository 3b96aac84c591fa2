import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePolicy, loadPolicy } from '../../../server/src/engine/index';

describe('policy-invalid', () => {
  test('fires on the policy file\'s own errors, with the policy unusable or not', () => {
    const text = 'version: 1\nhandlr: Acme\n';
    const findings = analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, text.slice(f.span.start, f.span.end)]), [['policy-invalid', 'error', 'handlr']]);
    const semantic = 'rules:\n  missing-retension: error\n';
    assert.deepEqual(analyzePolicy(loadPolicy(semantic, '/p/privacy-policy.yaml'), semantic).map((f) => f.rule), ['policy-invalid']);
  });

  test('does not fire on a valid policy', () => {
    const text = 'version: 1\nhandler: Acme\n';
    assert.deepEqual(analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text), []);
  });
});
