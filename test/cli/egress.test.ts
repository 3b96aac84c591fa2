/**
 * The egress rules in the CLI, as the other rules: on untagged files by default (--no-egress turns them off), in JSON
 * and valid SARIF with their help pages, suppressed by a comment or a policy exception, and in pull-request mode
 * (--changed-since) only where lines changed.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { git } from './gitEnv';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-egress-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['check', '.', '--today', '2026-11-28', ...argv], { cwd, env: { LANG: 'C.UTF-8' }, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
  suppressed?: { kind: string; justification: string };
}

async function findings(cwd: string, ...argv: string[]): Promise<JsonFinding[]> {
  const r = await run(cwd, '--format', 'json', ...argv);
  assert.notEqual(r.code, 2, r.err);
  return (JSON.parse(r.out) as { findings: JsonFinding[] }).findings;
}

const NOTIFY = `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export function notifyShipped(customer: { phone: string }) {
  return client.messages.create({ to: customer.phone, from: '+15005550006', body: 'Your parcel shipped' });
}
`;

const LEADS = `export async function syncLead(lead: { email: string }) {
  await fetch(\`\${process.env.CRM_URL}/leads\`, { method: 'POST', body: JSON.stringify(lead) });
}
`;

describe('egress rules in the CLI', () => {
  test('an untagged file is checked: untagged transfer and unresolved destination reported; --no-egress leaves them out', async () => {
    const dir = project({ 'src/notify.ts': NOTIFY, 'src/leads.ts': LEADS, 'src/notify.test.ts': NOTIFY });
    const all = (await findings(dir)).map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
    assert.deepEqual(all, ['src/leads.ts:2 cross-border-unresolved-destination', 'src/notify.ts:5 cross-border-untagged-transfer']);
    assert.deepEqual(await findings(dir, '--no-egress'), []);
    const r = await run(dir);
    assert.equal(r.code, 0, 'a warning and an information do not fail the run by default');
    assert.equal((await run(dir, '--fail-on', 'warning')).code, 1);
  });

  test('SARIF names the new rules with their help pages, and their results', async () => {
    const dir = project({ 'src/notify.ts': NOTIFY, 'src/leads.ts': LEADS });
    const sarif = JSON.parse((await run(dir, '--format', 'sarif')).out);
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    for (const id of ['cross-border-untagged-transfer', 'cross-border-unresolved-destination', 'cross-border-destination-mismatch']) {
      const rule = rules.find((r) => r.id === id);
      assert.ok(rule, id);
      assert.match(rule.helpUri, new RegExp(`docs/rules/${id}\\.md$`));
    }
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    const untagged = results.find((r) => r.ruleId === 'cross-border-untagged-transfer')!;
    assert.equal(untagged.level, 'warning');
    assert.equal(untagged.locations[0].physicalLocation.region.startLine, 5);
    assert.equal(results.find((r) => r.ruleId === 'cross-border-unresolved-destination')?.level, 'note');
  });

  test('a suppression comment and a policy exception suppress them, with their justification', async () => {
    const suppressed = NOTIFY.replace('  return client', '  // privacy-annotations-disable-next-line cross-border-untagged-transfer -- test numbers only, DPO ticket 42\n  return client');
    const dir = project({
      'privacy-policy.yaml': 'version: 1\nexceptions:\n  - { rule: cross-border-unresolved-destination, path: "legacy/**", reason: CRM_URL points to our Shanghai CRM, owner: Li Wei }\n',
      'src/notify.ts': suppressed,
      'legacy/leads.ts': LEADS,
    });
    const found = await findings(dir);
    assert.deepEqual(found.map((f) => [f.file, f.rule, f.suppressed?.kind, f.suppressed?.justification]).sort(), [
      ['legacy/leads.ts', 'cross-border-unresolved-destination', 'external', 'CRM_URL points to our Shanghai CRM'],
      ['src/notify.ts', 'cross-border-untagged-transfer', 'inSource', 'test numbers only, DPO ticket 42'],
    ]);
    assert.match((await run(dir)).out, /2 suppressed/);
  });

  test('--changed-since reports a transfer only where lines changed', async () => {
    const dir = project({ 'src/notify.ts': NOTIFY });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(dir, 'src', 'notify.ts'), `${NOTIFY}
export function remind(customer: { phone: string }) {
  return client.messages.create({ to: customer.phone, from: '+15005550006', body: 'Your parcel is waiting' });
}
`);
    const changed = await findings(dir, '--changed-since', 'main');
    assert.deepEqual(changed.map((f) => `${f.file}:${f.line} ${f.rule}`), ['src/notify.ts:9 cross-border-untagged-transfer']);
    assert.equal((await findings(dir)).filter((f) => f.rule === 'cross-border-untagged-transfer').length, 2);
  });
});
