/**
 * Smoke test of the benchmark harness: the workspace generator (bench/generate.mjs) makes a small workspace,
 * the real CLI (dist/cli.js) checks it, and every problem the generator planted is reported with the expected
 * rules, on the expected lines, and nothing else is (but the name-based hints of unannotated-personal-data).
 * Asserts nothing about time: `npm run bench` measures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');

interface Planted {
  file: string;
  line: number;
  kind: string;
  rules: string[];
}

interface CrossFileCase {
  file: string;
  line: number;
  paramLine: number;
  function: string;
  type: string;
  typeFile: string;
  viaJsDoc: boolean;
  missing: string[];
  consistent: boolean;
}

interface Manifest {
  files: number;
  lines: number;
  tags: { personalData: number; crossBorder: number };
  policy: string;
  crossFileRule: string;
  planted: Planted[];
  crossFile: CrossFileCase[];
}

interface Generator {
  generateWorkspace(options: { files: number; seed: number; dir: string; rates?: object }): Manifest;
  DENSE_RATES: object;
}

interface JsonReport {
  filesChecked: number;
  policies: string[];
  findings: { file: string; line: number; rule: string; message: string }[];
}

test('bench: a generated 50-file workspace is checked by the CLI, which finds exactly what the generator planted', async () => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" (npm test does it)`);
  // A file URL, so that Node (not TypeScript's CommonJS output) loads the ES module.
  const gen = (await import(pathToFileURL(path.join(REPO, 'bench', 'generate.mjs')).href)) as Generator;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-bench-smoke-'));
  try {
    // Dense rates: a small workspace that still holds every kind of planted problem and cross-file case.
    const manifest = gen.generateWorkspace({ files: 50, seed: 1, dir, rates: gen.DENSE_RATES });
    assert.ok(manifest.planted.length >= 5, `the generator planted only ${manifest.planted.length} problems`);
    assert.ok(manifest.crossFile.some((c) => !c.consistent && !c.viaJsDoc), 'the generator planted no under-declared cross-file case');
    assert.ok(manifest.crossFile.some((c) => c.consistent), 'the generator planted no consistent cross-file case');
    assert.ok(manifest.planted.some((p) => p.kind.startsWith('egress-')), 'the generator planted no outbound call to report');

    const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8' } });
    assert.ok(r.status === 0 || r.status === 1, `the CLI exited with ${r.status}: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.filesChecked, manifest.files);
    assert.deepEqual(report.policies, [manifest.policy]);

    const at = new Map<string, string[]>();
    for (const f of report.findings) at.set(`${f.file}:${f.line}`, [...(at.get(`${f.file}:${f.line}`) ?? []), f.rule]);
    const expected = new Map<string, string[]>();
    for (const p of manifest.planted) expected.set(`${p.file}:${p.line}`, [...(expected.get(`${p.file}:${p.line}`) ?? []), ...p.rules]);
    for (const c of manifest.crossFile) {
      // In JavaScript too: a parameter typed only by a JSDoc @param {import('...').T} is followed like a TS type.
      if (!c.consistent) expected.set(`${c.file}:${c.paramLine}`, [...(expected.get(`${c.file}:${c.paramLine}`) ?? []), manifest.crossFileRule]);
    }

    for (const [where, rules] of expected) {
      const found = (at.get(where) ?? []).filter((x) => x !== 'unannotated-personal-data');
      assert.deepEqual(found.sort(), rules.slice().sort(), `findings at ${where} (planted: ${rules.join(', ')})`);
    }
    for (const [where, all] of at) {
      // The detector of unannotated personal data goes by names and types (Address, Payment...): its hints on
      // generated code are not the generator's to predict.
      const rules = all.filter((x) => x !== 'unannotated-personal-data');
      if (rules.length === 0 || expected.has(where)) continue;
      assert.fail(`unexpected findings at ${where}: ${rules.join(', ')}. The generator means everything but its planted problems to be clean (bench/lib/vocabulary.mjs).`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
