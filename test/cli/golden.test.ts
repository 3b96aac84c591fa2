/**
 * What users see of the demo, byte for byte: the bundled CLI's JSON report (English and Chinese), its
 * inventory (JSON and Markdown) and its data map (Mermaid) on examples/demo. A refactoring must leave these
 * unchanged; a change meant to alter them rewrites the copies with `UPDATE_GOLDEN=1 node test/run.mjs golden` and shows the diff in review.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(REPO, 'test', 'fixtures', 'golden');
const TODAY = ['--today', '2026-11-28'];

const CASES: { file: string; args: string[] }[] = [
  { file: 'demo-check.en.json', args: ['check', 'examples/demo', '--format', 'json', '--lang', 'en', ...TODAY] },
  { file: 'demo-check.zh.json', args: ['check', 'examples/demo', '--format', 'json', '--lang', 'zh', ...TODAY] },
  { file: 'demo-inventory.json', args: ['inventory', 'examples/demo', '--format', 'json', ...TODAY] },
  { file: 'demo-inventory.md', args: ['inventory', 'examples/demo', '--format', 'md', ...TODAY] },
  { file: 'demo-datamap.mmd', args: ['inventory', 'examples/demo', '--format', 'mermaid', ...TODAY] },
];

describe('the demo, as users see it (golden copies)', () => {
  for (const c of CASES) {
    test(`privacy-annotations ${c.args.join(' ')} gives ${c.file} exactly`, () => {
      const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...c.args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' } });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      const golden = path.join(GOLDEN, c.file);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden, r.stdout);
      assert.equal(r.stdout, fs.readFileSync(golden, 'utf8'));
    });
  }
});
