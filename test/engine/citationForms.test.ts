/**
 * Citations as users read them: in Chinese every law is named in book-title marks before its articles, items are
 * written 第（四）项, and a list names each law once (《个人信息保护法》第三十八条、第四十条); messages and the
 * citation lists of their findings agree, in English and in Chinese. Checked wherever citations are rendered:
 * law/citations.ts, the rules' messages, the CLI's text output and the hovers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, analyzePolicy, analyzeText, extractTags, loadPolicy, RULES, type Citation, type Finding, type LawId, type Policy } from '../../server/src/engine/index';
import { formatCitation, formatCitations, toChineseNumeral } from '../../server/src/engine/law/citations';
import { INSTRUMENTS } from '../../server/src/engine/law/instruments';
import { hoverAt } from '../../server/src/lsp/hover';
import { REPO_ROOT, policyFrom, transfer } from '../helpers';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');
const TODAY = '2026-11-28';
const LAWS = Object.keys(INSTRUMENTS) as LawId[];
const ZH_NAME = new Map(LAWS.map((id) => [INSTRUMENTS[id].short.zh, id]));
const NUM = '[一二三四五六七八九十百零]+';

/** 二十九 -> 29 (1..999, as article and item numbers are written). */
function fromChinese(s: string): number {
  for (let n = 1; n < 1000; n++) if (toChineseNumeral(n) === s) return n;
  throw new Error(`not a Chinese numeral: ${s}`);
}

/** "PIPL 38", "CBDF2024 5": the articles a text cites, each under the law last named before it. */
function articlesEn(text: string): Set<string> {
  const out = new Set<string>();
  let law: string | undefined;
  const re = new RegExp(`\\b(${LAWS.join('|')})\\b|\\bArts?\\. (\\d+(?:(?: \\(\\d+\\))?(?:, | and |-)\\d+)*)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]) {
      law = m[1];
      continue;
    }
    assert.ok(law, `"${m[0]}" before any law is named in: ${text}`);
    for (const n of m[2].replace(/ \(\d+\)/g, '').split(/, | and |-/)) out.add(`${law} ${n}`);
  }
  return out;
}

/** The same in Chinese: 《law》 names the law, 第N条 cites an article of the law last named. */
function articlesZh(text: string): Set<string> {
  const out = new Set<string>();
  let law: string | undefined;
  const re = new RegExp(`《([^》]+)》|第(${NUM})条`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] !== undefined) {
      law = ZH_NAME.get(m[1]);
      continue;
    }
    assert.ok(law, `第${m[2]}条 before any law is named in 《》: ${text}`);
    out.add(`${law} ${fromChinese(m[2])}`);
  }
  return out;
}

/** What every Chinese text showing citations must respect. */
function assertChineseCitations(text: string, where: string): void {
  // Item numbers in Chinese: 第（四）项, never 第(4)项, (4)项 or 第4项.
  assert.doesNotMatch(text, /第\s*[(（]?\s*\d+\s*[)）]?\s*项/, `${where}: an item number in Arabic digits\n${text}`);
  assert.doesNotMatch(text, /条[(（]\d+[)）]/, `${where}: an item in Arabic digits after 条\n${text}`);
  // A law's Chinese name always stands in book-title marks.
  for (const name of ZH_NAME.keys()) {
    const bare = new RegExp(`(^|[^《])${name}(?!》)`);
    assert.doesNotMatch(text, bare, `${where}: ${name} without 《》\n${text}`);
  }
  // No English citation forms in Chinese text.
  assert.doesNotMatch(text, /\b(?:PIPL|CBDF2024|SCM2023|CERT2025|SAM2022) Arts?\./, `${where}: an English citation in Chinese text\n${text}`);
}

const key = (c: Citation) => `${c.law} ${c.article}`;

/** Every finding of the demo, and of snippets that make the rules the demo leaves silent speak. */
function corpus(): Finding[] {
  const findings: Finding[] = [];
  const demoPolicyText = fs.readFileSync(path.join(DEMO, 'privacy-policy.yaml'), 'utf8');
  const demoPolicy = loadPolicy(demoPolicyText, path.join(DEMO, 'privacy-policy.yaml')).policy!;
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.(ts|tsx|js)$/.test(e.name) ? [path.join(dir, e.name)] : []));
  for (const file of walk(path.join(DEMO, 'src'))) findings.push(...analyzeText(fs.readFileSync(file, 'utf8'), file, demoPolicy, { today: TODAY }));
  const policy: Policy = policyFrom(`
ciio: false
crossBorder:
  volume: { individuals: 1000000, sensitiveIndividuals: 0 }
  destinations:
    SG: { recipients: [acme], mechanism: security-assessment, validUntil: 2026-12-01, categories: [identity.name], separateConsent: true }
    DE: { mechanism: standard-contract, validUntil: 2026-01-01 }
`);
  for (const code of [
    transfer('@crossBorder SG recipient=other mechanism=standard-contract'),
    transfer('@crossBorder SG mechanism=exempt exemption=hr subject=minor categories=identity.name'),
    transfer('@crossBorder DE recipient=x consent=separate'),
  ]) {
    findings.push(...analyzeText(code, 'src/sample.ts', policy, { today: TODAY }));
  }
  findings.push(...analyzeText(transfer('@crossBorder DE mechanism=exempt subject=minor categories=identity.name'), 'src/sample.ts', policyFrom('crossBorder:\n  volume: { individuals: 10, sensitiveIndividuals: 0 }\n  destinations:\n    DE: { mechanism: standard-contract, separateConsent: true }\n'), { today: TODAY }));
  findings.push(...analyzeText(transfer('@crossBorder DE mechanism=exempt exemption=contract-necessity'), 'src/sample.ts', policyFrom('ciio: true\ncrossBorder:\n  importantData: true\n  volume: { individuals: 10 }\n  destinations:\n    DE: { separateConsent: true }\n'), { today: TODAY }));
  findings.push(...analyzeText(transfer('@crossBorder DE'), 'src/sample.ts', undefined, { today: TODAY }));
  // Outbound calls (egress discovery): untagged, unresolved, a tag naming another country, facial recognition.
  const egress = `import twilio from 'twilio';
import { RekognitionClient, DetectFacesCommand } from '@aws-sdk/client-rekognition';
const client = twilio(SID, TOKEN);
const rekognition = new RekognitionClient({ region: 'cn-north-1' });
export function notify(customer: { phone: string }) { return client.messages.create({ to: customer.phone, from: FROM, body: 'Shipped' }); }
export async function sync(lead: { email: string }) { await fetch(process.env.CRM_URL!, { method: 'POST', body: JSON.stringify(lead) }); }
/** @crossBorder SG categories=contact.phone */
export function remind(customer: { phone: string }) { return client.messages.create({ to: customer.phone, from: FROM, body: 'Waiting' }); }
export function faces(selfie: Uint8Array) { return rekognition.send(new DetectFacesCommand({ Image: { Bytes: selfie } })); }
`;
  findings.push(...analyzeText(egress, 'src/egress.ts', undefined, { today: TODAY }));
  for (const text of ['crossBorder:\n  destinations:\n    SG: { mechanism: standard-contract }\n', 'crossBorder:\n  volume: { individuals: 3 }\n  destinations:\n    SG: { mechanism: standard-contract }\n']) {
    findings.push(...analyzePolicy(loadPolicy(text, '/p/privacy-policy.yaml'), text, { today: TODAY }));
  }
  return findings;
}

describe('citations in Chinese and English', () => {
  const findings = corpus();

  test('the corpus holds a finding of every rule that cites the law', () => {
    const seen = new Set(findings.map((f) => f.rule));
    const citing = RULES.filter((r) => r.meta.citations.length > 0).map((r) => r.meta.id);
    assert.deepEqual(citing.filter((id) => !seen.has(id)), []);
  });

  test('formatCitation and formatCitations: book-title marks, Chinese item numerals, each law named once', () => {
    const all = findings.flatMap((f) => f.citations);
    for (const c of all) {
      assert.match(formatCitation(c, 'zh'), new RegExp(`^《[^》]+》第${NUM}条(第（${NUM}）项)?$`), JSON.stringify(c));
      assertChineseCitations(formatCitation(c, 'zh'), JSON.stringify(c));
    }
    for (const f of findings) {
      const zh = formatCitations(f.citations, 'zh');
      assertChineseCitations(zh, f.rule);
      for (const name of ZH_NAME.keys()) assert.ok(zh.split(`《${name}》`).length <= 2, `${f.rule}: ${name} named twice in ${zh}`);
    }
  });

  test('every message names each law before its articles, in both languages, and the two languages cite the same articles', () => {
    for (const f of findings) {
      assertChineseCitations(f.message.zh, `${f.rule} (zh message)`);
      assert.deepEqual([...articlesZh(f.message.zh)].sort(), [...articlesEn(f.message.en)].sort(), `${f.rule}:\n${f.message.en}\n${f.message.zh}`);
    }
  });

  test('what a message cites is in its finding\'s citation list', () => {
    for (const f of findings) {
      const listed = new Set(f.citations.map(key));
      for (const a of articlesEn(f.message.en)) assert.ok(listed.has(a), `${f.rule}: the message cites ${a}, the list has ${[...listed].join(', ')}\n${f.message.en}`);
    }
  });

  test('the CLI\'s text output in Chinese: each line\'s citations in book-title marks, each law once', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'check', 'examples/demo', '--lang', 'zh', '--today', TODAY, '--no-color'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l));
    assert.ok(lines.length > 20, r.stdout);
    let cited = 0;
    for (const line of lines) {
      assertChineseCitations(line, line);
      const list = /  ([a-z-]+)  (《.*)$/.exec(line);
      if (!list) continue;
      cited++;
      assert.match(list[2], new RegExp(`^《[^》]+》第${NUM}条(第（${NUM}）项)?(、第${NUM}条(第（${NUM}）项)?)*(；《[^》]+》第${NUM}条(第（${NUM}）项)?(、第${NUM}条(第（${NUM}）项)?)*)*$`), line);
    }
    assert.ok(cited > 15, `${cited} lines with citations`);
  });

  test('hovers in Chinese: every citation in book-title marks with Chinese item numerals', () => {
    const policyText = fs.readFileSync(path.join(DEMO, 'privacy-policy.yaml'), 'utf8');
    const policy = loadPolicy(policyText, path.join(DEMO, 'privacy-policy.yaml')).policy!;
    let hovers = 0;
    for (const rel of ['src/afterSales.ts', 'src/kidsClub.ts', 'src/customer.ts', 'src/marketing.ts', 'src/analytics.ts']) {
      const file = path.join(DEMO, rel);
      const text = fs.readFileSync(file, 'utf8');
      const analysis = analyzeDocument({ text, fileName: file }, policy, { today: TODAY });
      for (const tag of extractTags(text, file).tags) {
        // Every word of the tag: its name, categories or destination, keys and values.
        for (let offset = tag.nameSpan.start + 1; offset < tag.span.end; offset++) {
          if (!/[A-Za-z]/.test(text[offset]) || /[A-Za-z]/.test(text[offset - 1])) continue;
          const h = hoverAt({ analysis, offset: offset + 1, lang: 'zh', today: TODAY });
          if (!h) continue;
          hovers++;
          assertChineseCitations(h.markdown, `${rel} at ${offset}`);
        }
      }
    }
    assert.ok(hovers > 100, `${hovers} hovers`);
  });
});
