import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom } from '../../helpers';
import { analyzePolicy, loadPolicy } from '../../../server/src/engine/index';

const FACE = '/** @personalData biometric.face basis=consent */\nexport const face = "";\n';

describe('invalid-suppression', () => {
  test('fires on a suppression without a reason, naming an unknown rule, or expired; the finding is back', () => {
    const noReason = check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent\n' + FACE);
    assert.match(noReason.only('invalid-suppression')[0].message.en, /a reason is required/);
    assert.equal(noReason.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
    assert.match(check('// privacy-annotations-disable-next-line sensitive-consent -- x\n' + FACE).only('invalid-suppression')[0].message.en, /"sensitive-consent" is not a rule/);
    const expired = check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- pilot until 2026-12-31\n' + FACE, undefined, '2027-01-01');
    assert.match(expired.only('invalid-suppression')[0].message.zh, /已于 2026-12-31 过期/);
  });

  test('fires on an expired exception in the policy, on the policy file', () => {
    const text = 'exceptions:\n  - { rule: missing-retention, path: "src/**", reason: migration, until: 2026-01-31 }\n';
    const f = analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text, { today: '2026-11-28' });
    assert.deepEqual(f.map((x) => x.rule), ['invalid-suppression']);
    assert.match(f[0].message.en, /The exception for missing-retention on "src\/\*\*" expired on 2026-01-31/);
  });

  test('does not fire on a suppression with a rule, a reason and a date not yet passed', () => {
    const ok = check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- pilot until 2026-12-31\n' + FACE, undefined, '2026-12-31');
    assert.deepEqual(ok.only('invalid-suppression'), []);
    const policy = 'exceptions:\n  - { rule: missing-retention, path: "src/**", reason: migration, until: 2027-01-31 }\n';
    assert.deepEqual(analyzePolicy(loadPolicy(policy, '/p/privacy-policy.yaml'), policy, { today: '2026-11-28' }), []);
    assert.deepEqual(check(FACE, policyFrom(policy)).only('invalid-suppression'), []);
  });
});
