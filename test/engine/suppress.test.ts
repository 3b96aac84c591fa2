/** Suppressions with an audit trail: a reason is required, an expiry is honoured, unused ones are reported. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom } from '../helpers';
import { suppressionEdit } from '../../server/src/lsp/suppressFix';
import { applyEdits } from '../../server/src/lsp/fixes';

const FACE = '/** @personalData biometric.face basis=consent */\nexport const face = "";\n';

describe('suppressions', () => {
  test('a // comment with a reason suppresses the next line; the finding stays, marked, with its justification', () => {
    const r = check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- legacy flow, consent screen ships in Q1\n' + FACE);
    const [f] = r.only('sensitive-needs-separate-consent');
    assert.deepEqual(f.suppressed, { kind: 'inSource', justification: 'legacy flow, consent screen ships in Q1' });
    assert.deepEqual(r.rules.filter((x) => x !== 'sensitive-needs-separate-consent'), []);
  });

  test('the same inside JSDoc, and a // comment above a whole JSDoc block', () => {
    const inside = check('/**\n * Face template.\n * privacy-annotations-disable-next-line sensitive-needs-separate-consent -- migrating\n * @personalData biometric.face basis=consent\n */\nexport const face = "";\n');
    assert.equal(inside.only('sensitive-needs-separate-consent')[0].suppressed?.justification, 'migrating');
    const above = check('// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- migrating\n/**\n * Face template.\n * @personalData biometric.face basis=consent\n */\nexport const face = "";\n');
    assert.equal(above.only('sensitive-needs-separate-consent')[0].suppressed?.kind, 'inSource');
  });

  test('until YYYY-MM-DD: honoured before, an invalid-suppression after (and the finding is back)', () => {
    const code = '// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- pilot until 2026-12-31\n' + FACE;
    const before = check(code, undefined, '2026-12-31');
    assert.equal(before.only('sensitive-needs-separate-consent')[0].suppressed?.until, '2026-12-31');
    const after = check(code, undefined, '2027-01-01');
    assert.equal(after.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
    assert.match(after.only('invalid-suppression')[0].message.en, /expired on 2026-12-31/);
  });

  test('a reason is required; a placeholder is no reason; unknown rule ids are reported', () => {
    for (const comment of ['// privacy-annotations-disable-next-line sensitive-needs-separate-consent', '// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- <reason>']) {
      const r = check(comment + '\n' + FACE);
      assert.equal(r.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
      assert.match(r.only('invalid-suppression')[0].message.en, /a reason is required/);
      assert.equal(r.textOf('invalid-suppression')[0].startsWith('privacy-annotations-disable-next-line'), true);
    }
    const unknown = check('// privacy-annotations-disable-next-line sensitive-consent -- x\n' + FACE);
    assert.match(unknown.only('invalid-suppression')[0].message.en, /"sensitive-consent" is not a rule/);
  });

  test('a suppression that suppresses nothing is an unused-suppression (information)', () => {
    const r = check('// privacy-annotations-disable-next-line missing-retention -- not needed\n' + FACE);
    assert.equal(r.only('unused-suppression')[0].severity, 'info');
    assert.equal(r.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
  });

  test('policy exceptions: rule + path glob + reason + owner + until; expired ones stop applying and are reported on the policy', () => {
    const policy = policyFrom('exceptions:\n  - { rule: sensitive-needs-separate-consent, path: "src/legacy/**", reason: Signed off for the migration, owner: Li Wei, until: 2027-06-30 }\n');
    const inLegacy = check(FACE, policy, '2026-11-28', '/project/src/legacy/face.ts');
    assert.deepEqual(inLegacy.only('sensitive-needs-separate-consent')[0].suppressed, { kind: 'external', justification: 'Signed off for the migration', owner: 'Li Wei', until: '2027-06-30' });
    const elsewhere = check(FACE, policy, '2026-11-28', '/project/src/app/face.ts');
    assert.equal(elsewhere.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
    const expired = check(FACE, policy, '2027-07-01', '/project/src/legacy/face.ts');
    assert.equal(expired.only('sensitive-needs-separate-consent')[0].suppressed, undefined);
  });

  test('the quick fix inserts a comment the engine reads, with a placeholder that still needs a reason', () => {
    const code = 'export interface A {\n  /** @personalData biometric.face basis=consent */\n  face: string;\n}\n';
    const offset = code.indexOf('biometric.face');
    const out = applyEdits(code, [suppressionEdit(code, offset, 'sensitive-needs-separate-consent')]);
    assert.equal(out, code.replace('  /** @personalData', '  // privacy-annotations-disable-next-line sensitive-needs-separate-consent -- <reason>\n  /** @personalData'));
    assert.match(check(out).only('invalid-suppression')[0].message.en, /a reason is required/);
    const filled = out.replace('<reason>', 'legacy');
    assert.equal(check(filled).only('sensitive-needs-separate-consent')[0].suppressed?.justification, 'legacy');
    const jsdoc = '/**\n * Face.\n * @personalData biometric.face basis=consent\n */\nexport const face = "";\n';
    const j = applyEdits(jsdoc, [suppressionEdit(jsdoc, jsdoc.indexOf('biometric.face'), 'sensitive-needs-separate-consent')]);
    assert.equal(j, jsdoc.replace(' * @personalData', ' * privacy-annotations-disable-next-line sensitive-needs-separate-consent -- <reason>\n * @personalData'));
  });
});
