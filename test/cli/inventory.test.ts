/** `privacy-annotations inventory` on the demo: one row per annotated category and per transfer, in three formats. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { REPO_ROOT } from '../helpers';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['inventory', 'examples/demo', '--today', '2026-11-28', ...argv], { cwd: REPO_ROOT, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe('inventory', () => {
  test('json: annotations (sensitive first) and transfers with what the policy says', async () => {
    const r = await run('--format', 'json');
    assert.equal(r.code, 0, r.err);
    const inv = JSON.parse(r.out);
    assert.deepEqual(Object.keys(inv), ['version', 'generated', 'policies', 'annotations', 'transfers']);
    assert.deepEqual(inv.policies, ['examples/demo/privacy-policy.yaml']);
    const first = inv.annotations[0];
    assert.equal(first.sensitive, true);
    const face = inv.annotations.find((a: { category: string; declaration: string }) => a.category === 'biometric.face' && a.declaration === 'FaceEnrolment');
    assert.deepEqual([face.purpose, face.basis, face.retention, face.impactAssessment, face.file], ['faceLogin', 'separate-consent', '1y', 'PIA-2026-003', 'examples/demo/src/auth/faceLogin.ts']);
    const warehouse = inv.transfers.find((t: { file: string }) => t.file === 'examples/demo/src/warehouseSync.ts');
    assert.deepEqual([warehouse.mechanism, warehouse.reference, warehouse.validUntil], ['standard-contract', 'SC-FILING-2026-0012', '2027-03-01']);
    assert.ok(inv.transfers.some((t: { destination: string; country?: string }) => t.destination === 'us-analytics' && t.country === 'US'));
  });

  test('csv: one header, a row per annotation and per transfer, spreadsheet-safe cells', async () => {
    const r = await run('--format', 'csv');
    const json = JSON.parse((await run('--format', 'json')).out);
    const lines = r.out.trimEnd().split('\r\n');
    assert.equal(lines[0], 'kind,category,sensitive,purpose,legalBasis,retention,subject,impactAssessment,destination,recipient,mechanism,reference,validUntil,categoriesSent,declaration,file,line');
    assert.equal(lines.length - 1, json.annotations.length + json.transfers.length);
    assert.equal(lines.filter((l) => l.startsWith('transfer,')).length, json.transfers.length);
  });

  test('md: a processing record grouped by purpose, citing PIPL Arts. 55 and 56, in English or Chinese', async () => {
    const en = (await run()).out;
    assert.match(en, /^# Personal data inventory/);
    assert.match(en, /PIPL Art\. 55/);
    assert.match(en, /Art\. 56/);
    assert.match(en, /## Purpose: `faceLogin`/);
    assert.match(en, /## Transfers abroad/);
    assert.match(en, /\| SG \| .* \| standard-contract \| SC-FILING-2026-0012 \| 2027-03-01 \|/);
    const zh = (await run('--lang', 'zh')).out;
    assert.match(zh, /^# 个人信息清单/);
    assert.match(zh, /## 处理目的：|## 处理目的: /);
  });

  test('--output writes the file; a bad format is a usage error', async () => {
    assert.equal((await run('--format', 'sarif')).code, 2);
  });
});
