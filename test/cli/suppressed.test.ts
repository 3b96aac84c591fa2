/** Suppressed findings in CI: listed where auditors look (JSON, SARIF), counted in the text summary, never failing the run. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-suppressed-'));
  fs.writeFileSync(path.join(dir, 'privacy-policy.yaml'), 'version: 1\nexceptions:\n  - { rule: sensitive-needs-separate-consent, path: "legacy/**", reason: Kiosk app retired in Q2, owner: Li Wei, until: 2027-06-30 }\n');
  fs.mkdirSync(path.join(dir, 'legacy'));
  fs.writeFileSync(path.join(dir, 'face.ts'), '// privacy-annotations-disable-next-line sensitive-needs-separate-consent -- consent screen ships in 2.4\n/** @personalData biometric.face basis=consent */\nexport const face = "";\n');
  fs.writeFileSync(path.join(dir, 'legacy', 'kiosk.ts'), '/** @personalData biometric.face basis=consent */\nexport const kiosk = "";\n');
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['check', '.', '--today', '2026-11-28', ...argv], { cwd, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe('suppressed findings in the CLI', () => {
  const dir = project();

  test('they do not fail the run, and the text summary counts them', async () => {
    const r = await run(dir, '--fail-on', 'info');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /✔ No problems in 2 files checked; 2 suppressed/);
  });

  test('JSON lists them with their justification', async () => {
    const json = JSON.parse((await run(dir, '--format', 'json')).out);
    const byFile = Object.fromEntries(json.findings.map((f: { file: string; suppressed: unknown }) => [f.file, f.suppressed]));
    assert.deepEqual(byFile['face.ts'], { kind: 'inSource', justification: 'consent screen ships in 2.4' });
    assert.deepEqual(byFile['legacy/kiosk.ts'], { kind: 'external', justification: 'Kiosk app retired in Q2', owner: 'Li Wei', until: '2027-06-30' });
  });

  test('SARIF carries them as suppressions with a justification; github annotations leave them out', async () => {
    const sarif = JSON.parse((await run(dir, '--format', 'sarif')).out);
    const kinds = sarif.runs[0].results.map((r: { suppressions: { kind: string; justification: string }[] }) => r.suppressions[0]);
    assert.deepEqual(kinds.map((k: { kind: string }) => k.kind).sort(), ['external', 'inSource']);
    assert.equal((await run(dir, '--format', 'github')).out, '');
  });

  test('an expired policy exception is reported on the policy and the finding counts again', async () => {
    const r = await run(dir, '--today', '2027-07-01', '--format', 'json');
    const json = JSON.parse(r.out);
    assert.equal(r.code, 0, 'warnings only');
    assert.ok(json.findings.some((f: { rule: string; file: string }) => f.rule === 'invalid-suppression' && f.file === 'privacy-policy.yaml'));
    assert.ok(json.findings.some((f: { file: string; suppressed?: unknown }) => f.file === 'legacy/kiosk.ts' && !f.suppressed));
  });
});
