/** The extension manifest: every user-facing string in English and Chinese, every contributed file present. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, f), 'utf8'));
const pkg = read('package.json');
const en = read('package.nls.json');
const zh = read('package.nls.zh-cn.json');

function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.push(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

describe('extension manifest', () => {
  test('every %placeholder% has an English and a Chinese text, and no text is left unused', () => {
    const keys = placeholders(pkg.contributes);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
      assert.match(zh[k], /[\u4e00-\u9fff]/, `${k} is not Chinese`);
    }
    assert.deepEqual(Object.keys(en).filter((k) => !keys.includes(k)), []);
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  test('the walkthrough has five steps, each with its media, in both languages', () => {
    const [w] = pkg.contributes.walkthroughs;
    assert.deepEqual(w.steps.map((s: { id: string }) => s.id), ['policy', 'tag', 'hover', 'fix', 'ci']);
    for (const s of w.steps) {
      const media = fs.readFileSync(path.join(REPO_ROOT, s.media.markdown), 'utf8');
      assert.match(media, /[\u4e00-\u9fff]/, `${s.media.markdown} has no Chinese`);
      assert.match(media, /[A-Za-z]{4,}/);
    }
  });

  test('commands used by the walkthrough, menus and views exist', () => {
    const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const used = (JSON.stringify([en, zh]).match(/command:([\w.]+)/g) ?? []).map((s) => s.slice('command:'.length));
    assert.ok(used.length >= 6, 'the walkthrough links its commands in both languages');
    for (const c of used) assert.ok(commands.has(c), c);
    for (const m of pkg.contributes.menus['view/title']) assert.ok(commands.has(m.command), m.command);
    assert.equal(pkg.contributes.views.explorer[0].id, 'privacyAnnotations.personalData');
  });

  test('runtime strings: every vscode.l10n.t() text of the client has a Chinese translation', () => {
    const bundle = read('l10n/bundle.l10n.zh-cn.json');
    const dir = path.join(REPO_ROOT, 'client', 'src');
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        const text = m[1].replace(/\\'/g, "'");
        assert.ok(bundle[text], `${f}: no Chinese for "${text}"`);
      }
    }
  });

  test('schemas, grammars and the untrusted-workspace declaration', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    for (const v of [...pkg.contributes.jsonValidation, ...pkg.contributes.yamlValidation]) assert.ok(fs.existsSync(path.join(REPO_ROOT, v.url)));
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(REPO_ROOT, g.path)));
  });
});
