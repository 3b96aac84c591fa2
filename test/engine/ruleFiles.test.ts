/**
 * A rule is one file named by its id, as in ESLint: server/src/engine/rules/<id>.ts, its page docs/rules/<id>.md and
 * its tests test/engine/rules/<id>.test.ts, with a case that fires and one that must not. Nothing outside the rule's
 * file decides anything by its id.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_IDS } from '../../server/src/engine/index';
import { REPO_ROOT, check, field } from '../helpers';

const RULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'engine', 'rules');
const DOCS_DIR = path.join(REPO_ROOT, 'docs', 'rules');
const TESTS_DIR = path.join(REPO_ROOT, 'test', 'engine', 'rules');
/** Files of engine/rules that are not rules: the rule type and the list. */
const NOT_RULES = new Set(['rule.ts', 'index.ts']);

const base = (dir: string, ext: string) => fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('rule files', () => {
  test('every rule has its file, its page and its tests, all named by its id; nothing else stands there', () => {
    const ids = [...RULE_IDS].sort();
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    assert.deepEqual(base(RULES_DIR, '.ts').filter((f) => !NOT_RULES.has(`${f}.ts`)).sort(), ids, 'engine/rules/<id>.ts');
    assert.deepEqual(base(DOCS_DIR, '.md').filter((f) => f !== 'README').sort(), ids, 'docs/rules/<id>.md');
    assert.deepEqual(base(TESTS_DIR, '.test.ts').sort(), ids, 'test/engine/rules/<id>.test.ts');
  });

  test("each rule file exports the rule whose id is the file's name", async () => {
    for (const id of RULE_IDS) {
      const mod = (await import(path.join(REPO_ROOT, 'out', 'server', 'src', 'engine', 'rules', `${id}.js`))) as { rule: { meta: { id: string } } };
      assert.equal(mod.rule.meta.id, id);
      assert.ok(RULES.includes(mod.rule as never), `${id} is registered`);
    }
  });

  test('each rule has a test that fires and one that must not', () => {
    for (const id of RULE_IDS) {
      const text = fs.readFileSync(path.join(TESTS_DIR, `${id}.test.ts`), 'utf8');
      assert.match(text, /test\('fires/, `${id}: a test named "fires ..."`);
      assert.match(text, /test\('does not fire/, `${id}: a test named "does not fire ..."`);
    }
  });

  test('the rules table of docs/rules/README.md lists every rule, with its default severity', () => {
    const table = fs.readFileSync(path.join(DOCS_DIR, 'README.md'), 'utf8');
    for (const r of RULES) assert.match(table, new RegExp(`\\| \\[${r.meta.id}\\]\\(${r.meta.id}\\.md\\) \\| ${r.meta.defaultSeverity}`), r.meta.id);
  });

  test('no rule id appears in the code outside its own file (the list of rules imports each file by its name)', () => {
    const files = [...sourceFiles(path.join(REPO_ROOT, 'server', 'src')), ...sourceFiles(path.join(REPO_ROOT, 'client', 'src'))];
    const offenders: string[] = [];
    for (const file of files) {
      let text = fs.readFileSync(file, 'utf8');
      const own = path.dirname(file) === RULES_DIR ? path.basename(file, '.ts') : undefined;
      if (file === path.join(RULES_DIR, 'index.ts')) text = text.replace(/from '\.\/[a-z-]+'/g, '');
      for (const id of RULE_IDS) {
        if (id === own) continue;
        if (new RegExp(`['"\`]${id}['"\`]`).test(text)) offenders.push(`${path.relative(REPO_ROOT, file)}: ${id}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('without a policy only the law-based rules run, and messages come in English and Chinese', () => {
    assert.deepEqual(check(field('@personalData contact.phone')).rules, []);
    const r = check(field('@personalData biometric.face basis=consent'));
    assert.match(r.findings[0].message.zh, /单独同意/);
  });
});
