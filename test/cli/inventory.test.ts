/** `privacy-annotations inventory` on the demo: one row per annotated category and per transfer, in three formats. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { REPO_ROOT, policyFrom, transfer } from '../helpers';
import { mergeInventories } from '../../server/src/engine/inventory/inventory';
import { analyzeDocument } from '../../server/src/engine/index';
import { inventoryCsv, inventoryMarkdown } from '../../server/src/engine/report/formats';

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
    assert.deepEqual(Object.keys(inv), ['version', 'generated', 'policies', 'annotations', 'transfers', 'whereDataGoes']);
    assert.deepEqual(inv.policies, ['examples/demo/privacy-policy.yaml']);
    const first = inv.annotations[0];
    assert.equal(first.sensitive, true);
    const face = inv.annotations.find((a: { category: string; declaration: string }) => a.category === 'biometric.face' && a.declaration === 'FaceEnrolment');
    assert.deepEqual([face.purpose, face.basis, face.retention, face.impactAssessment, face.file], ['faceLogin', 'separate-consent', '1y', 'PIA-2026-003', 'examples/demo/src/auth/faceLogin.ts']);
    const warehouse = inv.transfers.find((t: { file: string }) => t.file === 'examples/demo/src/warehouseSync.ts');
    assert.deepEqual([warehouse.mechanism, warehouse.reference, warehouse.validUntil], ['standard-contract', 'SC-FILING-2026-0012', '2027-03-01']);
    assert.ok(inv.transfers.some((t: { destination: string; country?: string }) => t.destination === 'us-analytics' && t.country === 'US'));
  });

  test('json and md: where personal data goes, tagged and untagged alike (destination -> recipient -> categories -> code)', async () => {
    const json = JSON.parse((await run('--format', 'json')).out);
    const untagged = json.transfers.filter((t: { tagged?: boolean }) => t.tagged === false);
    assert.deepEqual(untagged.map((t: { destination: string; recipient: string; call: string; file: string; line: number }) => [t.destination, t.recipient, t.call, t.file, t.line]), [
      ['unresolved', 'Fetch API', 'fetch', 'examples/demo/src/crmSync.ts', 6],
      ['US', 'Sentry', 'Sentry.setUser', 'examples/demo/src/monitoring.ts', 9],
      ['US', 'Twilio', 'sms.messages.create', 'examples/demo/src/notifications.ts', 9],
    ]);
    const us = json.whereDataGoes.find((d: { destination: string }) => d.destination === 'US');
    assert.deepEqual(us.recipients.map((r: { recipient: string; hosts: string[] }) => [r.recipient, r.hosts]), [['Sentry', ['o450112.ingest.us.sentry.io']], ['Twilio', ['api.twilio.com']]]);
    assert.deepEqual(us.recipients[1].flows, [{ categories: ['contact.address', 'contact.phone', 'identity.name'], places: [{ function: 'notifyShipped', call: 'sms.messages.create', file: 'examples/demo/src/notifications.ts', line: 9, character: 9, tagged: false }] }]);
    assert.equal(json.whereDataGoes.at(-1).destination, 'unresolved', 'unresolved last');
    const sg = json.whereDataGoes.find((d: { destination: string }) => d.destination === 'SG');
    assert.ok(sg.recipients[0].flows.flatMap((f: { places: { tagged: boolean }[] }) => f.places).every((p: { tagged: boolean }) => p.tagged), 'tagged transfers are there too');

    const md = (await run()).out;
    assert.match(md, /3 outbound calls send personal data with no `@crossBorder` covering them/);
    const section = md.slice(md.indexOf('## Where personal data goes'));
    assert.match(section, /- \*\*US\*\* · United States\n {2}- \*\*Sentry\*\* \(`o450112\.ingest\.us\.sentry\.io`\)\n {4}- `account\.id`, `contact\.email`\n {6}- `identifyCustomer` · `Sentry\.setUser` examples\/demo\/src\/monitoring\.ts:9 · \*\*untagged\*\*/);
    assert.match(section, /`syncPaidOrders` examples\/demo\/src\/warehouseSync\.ts:54 · tagged/);
    assert.ok(!md.slice(md.indexOf('## Transfers abroad'), md.indexOf('## Where personal data goes')).includes('Twilio'), 'the table of declared transfers lists tagged ones only');
    const zh = (await run('--lang', 'zh')).out;
    assert.match(zh, /## 个人信息去向\n/);
    assert.match(zh, /- \*\*unresolved\*\* · 去向不明：代码未写明去向\n/);
  });

  test('csv: one header, a row per annotation and per transfer, spreadsheet-safe cells', async () => {
    const r = await run('--format', 'csv');
    const json = JSON.parse((await run('--format', 'json')).out);
    const lines = r.out.trimEnd().split('\r\n');
    assert.equal(lines[0], 'kind,category,sensitive,purpose,legalBasis,retention,subject,impactAssessment,destination,recipient,mechanism,reference,validUntil,categoriesSent,declaration,file,line,tagged,host');
    assert.equal(lines.length - 1, json.annotations.length + json.transfers.length);
    assert.equal(lines.filter((l) => l.startsWith('transfer,')).length, json.transfers.length);
    assert.ok(lines.includes('transfer,,,,,,,,US,Twilio,,,,contact.phone identity.name contact.address,sms.messages.create,examples/demo/src/notifications.ts,9,false,api.twilio.com'), 'an untagged transfer: the call, not tagged, its host');
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

  test('md: the record opens with the data map, a Mermaid flowchart in a fenced block', async () => {
    const en = (await run()).out;
    const block = /\n## Data map\n\n.+\n\n```mermaid\n(flowchart LR\n[\s\S]*?)```\n/.exec(en);
    assert.ok(block, en.slice(0, 2000));
    assert.equal(block[1], (await run('--format', 'mermaid')).out, 'the same map as --format mermaid');
    assert.ok(en.indexOf('## Data map') < en.indexOf('## Purpose:'), 'before the purposes');
    const zh = (await run('--lang', 'zh')).out;
    assert.match(zh, /\n## 数据流向图\n[\s\S]*```mermaid\nflowchart LR\n[\s\S]*人脸信息<br>biometric\.face · 敏感/);
  });

  test('mermaid and svg: the data map alone, in the language asked for', async () => {
    const mermaid = await run('--format', 'mermaid');
    assert.equal(mermaid.code, 0, mermaid.err);
    assert.match(mermaid.out, /^flowchart LR\n/);
    assert.match(mermaid.out, /\{\{"JP<br>Japan · abroad<br>⚠ no transfer mechanism/);
    const svg = await run('--format', 'svg', '--lang', 'zh');
    assert.equal(svg.code, 0, svg.err);
    assert.match(svg.out, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="pa-datamap"/);
    assert.match(svg.out, /<title id="pa-map-title">数据流向图 · Lotus Mall/);
    assert.match(svg.out, /<\/svg>\n$/);
    assert.equal((await run('--format', 'svg', '--lang', 'zh')).out, svg.out, 'the same bytes each run');
  });

  test('--output writes the file; a bad format is a usage error', async () => {
    const bad = await run('--format', 'sarif');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--format takes one of md, csv, json, mermaid, svg; got "sarif"/);
  });

  test('a transfer of minors\' data lists what it sends as sensitive and says why (PIPL Art. 28)', () => {
    const policy = policyFrom('crossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    SG: { mechanism: standard-contract, categories: [identity.name, contact.phone] }\n');
    const inv = mergeInventories([
      analyzeDocument({ text: transfer('@crossBorder SG subject=minor'), fileName: '/p/src/kids.ts' }, policy).inventory('src/kids.ts'),
      analyzeDocument({ text: transfer('@crossBorder SG categories=identity.name,health.medical'), fileName: '/p/src/claims.ts' }, policy).inventory('src/claims.ts'),
    ]);
    const kids = inv.transfers.find((t) => t.file === 'src/kids.ts')!;
    assert.deepEqual([kids.subject, kids.sensitive, kids.minors], ['minor', ['identity.name', 'contact.phone'], ['identity.name', 'contact.phone']]);
    const claims = inv.transfers.find((t) => t.file === 'src/claims.ts')!;
    assert.deepEqual([claims.subject, claims.sensitive, claims.minors], [undefined, ['health.medical'], []]);
    const meta = { generated: '2026-11-28', policies: [], policy, lang: 'en' as const };
    const md = inventoryMarkdown(inv, meta);
    assert.match(md, /\| Destination \| Recipient \| Mechanism \| Reference \| Valid until \| Categories sent \| Sensitive \| Declared at \|/);
    assert.match(md, /\| \*\*yes\*\* \(a minor's data, under 14: PIPL Art\. 28\): `identity\.name`, `contact\.phone` \|/);
    assert.match(md, /\| \*\*yes\*\*: `health\.medical` \|/);
    assert.match(inventoryMarkdown(inv, { ...meta, lang: 'zh' }), /\*\*是\*\*（不满十四周岁未成年人的个人信息：《个人信息保护法》第二十八条）/);
    assert.match(inventoryCsv(inv), /\r\ntransfer,,identity\.name contact\.phone,,,,minor,/);
  });
});
