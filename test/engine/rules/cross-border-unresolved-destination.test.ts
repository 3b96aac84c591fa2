import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, policyFrom } from '../../helpers';
import { POLICY } from './policy';

const CRM = `export async function syncLead(lead: { email: string; phone: string }) {
  await fetch(\`\${process.env.CRM_URL}/leads\`, { method: 'POST', body: JSON.stringify(lead) });
}
`;

describe('cross-border-unresolved-destination', () => {
  test('fires on personal data sent where the code does not say, naming what it depends on, with policy and tag fixes', () => {
    const [f] = check(CRM, POLICY).only('cross-border-unresolved-destination');
    assert.equal(CRM.slice(f.span.start, f.span.end), 'fetch');
    assert.equal(f.severity, 'info');
    assert.match(f.message.en, /^contact\.email, contact\.phone -> Fetch API: where this call sends personal information cannot be told from the code\. .*environment variable CRM_URL/);
    assert.match(f.message.zh, /无法从代码判断该调用把个人信息发往何处/);
    assert.equal(f.fix?.kind, 'several');
    const fixes = f.fix?.kind === 'several' ? f.fix.fixes : [];
    assert.deepEqual(fixes[0], { kind: 'addPolicyHost', key: 'env', value: 'CRM_URL', choices: ['SG', 'us-analytics', 'JP', 'domestic'] });
    assert.equal(fixes[1].kind, 'addTag');
    assert.deepEqual(fixes[1].kind === 'addTag' && fixes[1].choices.map((c) => c.tag), [
      '@crossBorder SG categories=contact.email,contact.phone',
      '@crossBorder us-analytics categories=contact.email,contact.phone',
      '@crossBorder JP categories=contact.email,contact.phone',
    ]);
  });

  test('does not fire once the policy maps the variable (crossBorder.hosts), when a @crossBorder covers the call, or with no personal data', () => {
    const mapped = policyFrom(`
crossBorder:
  destinations:
    SG: { mechanism: standard-contract, separateConsent: true }
  hosts:
    - env: CRM_URL
      destination: domestic
`);
    assert.deepEqual(check(CRM, mapped).findings.filter((x) => x.rule.startsWith('cross-border-u')), []);
    assert.deepEqual(check(CRM.replace('export async', '/** @crossBorder SG categories=contact.email,contact.phone */\nexport async'), POLICY).only('cross-border-unresolved-destination'), []);
    assert.deepEqual(check(`export const ping = () => fetch(process.env.STATUS_URL!, { method: 'POST', body: JSON.stringify({ ok: true }) });\n`).only('cross-border-unresolved-destination'), []);
  });
});
