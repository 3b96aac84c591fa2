/**
 * The product's Chinese follows the laws' own words, in every place a user reads it: sources (messages, hovers,
 * templates), l10n, package.nls, rule pages and the README.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleById } from '../../server/src/engine/index';
import { policyTemplate } from '../../server/src/engine/policy/template';
import { HELP } from '../../server/src/cli/args';
import { REPO_ROOT } from '../helpers';

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Everything a user may read, with its text. */
const TEXTS: { file: string; text: string }[] = [
  ...files(path.join(REPO_ROOT, 'server', 'src'), /\.ts$/),
  ...files(path.join(REPO_ROOT, 'client', 'src'), /\.ts$/),
  ...files(path.join(REPO_ROOT, 'docs'), /\.md$/),
  ...files(path.join(REPO_ROOT, 'l10n'), /\.json$/),
  path.join(REPO_ROOT, 'README.md'),
  path.join(REPO_ROOT, 'package.nls.zh-cn.json'),
  path.join(REPO_ROOT, 'examples', 'demo', 'privacy-policy.yaml'),
  path.join(REPO_ROOT, 'schemas', 'privacy-policy.schema.json'),
].map((file) => ({ file: path.relative(REPO_ROOT, file), text: fs.readFileSync(file, 'utf8') }));

function occurrences(re: RegExp, allowed: (line: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const { file, text } of TEXTS) {
    text.split('\n').forEach((line, i) => {
      if (re.test(line) && !allowed(line)) out.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
  }
  return out;
}

describe('Chinese wording', () => {
  test('免予 (as CBDF2024 writes it), never 免于', () => {
    // The one exception is a search keyword of PIPL Art. 18 copied from the reference.
    assert.deepEqual(occurrences(/免于/, (line) => line.includes("'免于告知'")), []);
  });

  test('不满十四周岁 (the statute\'s words, Arts. 28 and 31), never 未满十四周岁', () => {
    assert.deepEqual(occurrences(/未满十四|未满14/), []);
    assert.match(ruleById('minor-needs-guardian-consent')!.meta.title.zh, /^不满十四周岁未成年人/);
  });

  test('the policy file is 政策文件, never 隐私政策 (the public notice of PIPL Art. 17)', () => {
    const l10n = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const nls = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    for (const [key, value] of [...Object.entries(l10n), ...Object.entries(nls)]) assert.doesNotMatch(value, /隐私政策/, key);
    assert.equal(l10n['Policy file'], '政策文件');
    assert.match(nls['config.enable'], /根据政策文件/);
    assert.match(policyTemplate('zh').split('\n')[0], /政策文件/);
    assert.match(HELP.zh.split('\n')[0], /根据政策文件/);
    // 隐私政策 only where the text means the public notice, to say the file is not it.
    assert.deepEqual(occurrences(/隐私政策/, (line) => /不是.*隐私政策|'隐私政策'\]/.test(line)), []);
    // One name everywhere: not 政策 alone either (政策负责人 is a person, the policy's owner).
    assert.deepEqual(occurrences(/(?<!隐私)政策(?!文件|负责人)/), []);
  });

  test('an exemption reads 适用豁免 / 免予申报, never 须采用豁免', () => {
    assert.deepEqual(occurrences(/须采用\s*豁免|须采用\s*exempt/), []);
  });

  test('关键信息基础设施运营者 is spelled out on a rule page before 关基 abbreviates it; CIIO likewise', () => {
    for (const file of files(path.join(REPO_ROOT, 'docs', 'rules'), /\.md$/)) {
      const text = fs.readFileSync(file, 'utf8');
      const zhShort = text.indexOf('关基');
      if (zhShort >= 0) assert.ok(text.indexOf('关键信息基础设施运营者') >= 0 && text.indexOf('关键信息基础设施运营者') < zhShort, `${path.basename(file)}: 关基 before 关键信息基础设施运营者`);
      const enShort = text.search(/\bCIIOs?\b/);
      if (enShort >= 0) assert.ok(/critical information infrastructure operator/i.test(text.slice(0, enShort)), `${path.basename(file)}: CIIO before it is spelled out`);
    }
  });

  test('no legal claim the reference does not hold: no law outside it (an E-Commerce Law article), no term of the standard contract', () => {
    // The reference holds PIPL, CBDF2024, SAM2022, SCM2023, CERT2025, NDSMR2024, the Civil Code's counting rule and
    // the national standards on sensitive PI; other laws are not cited.
    assert.deepEqual(occurrences(/E-Commerce Law|电子商务法|Cybersecurity Law|网络安全法|Data Security Law|(?<!网络)数据安全法/), []);
    // SCM2023 setting no fixed term for the standard contract is marked unverified in the reference.
    assert.deepEqual(occurrences(/no fixed term|没有固定期限|无固定期限|未规定.*期限/), []);
  });
});
