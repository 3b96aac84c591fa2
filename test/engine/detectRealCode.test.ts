/**
 * The hand-labelled sample of real code (test/fixtures/detection/real-code/): its shape. The figures come from
 * bench/detector-real-code.mjs on checkouts of the repositories, which stay outside this repository; here only
 * that the sample is what the README says it is, and that it holds names and places, never their code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATEGORIES } from '../../server/src/engine/index';
import { FIXTURES } from '../helpers';

interface Label {
  path: string;
  line: number;
  column: number;
  name: string;
  owner?: string;
  kind?: string;
  label: string | null;
  reason: string;
  sample: ('hint' | 'file')[];
  split: 'tune' | 'holdout';
}

const DIR = path.join(FIXTURES, 'detection', 'real-code');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));
const SAMPLES = FILES.map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { repo: string; commit: string; labels: Label[] });
const CATEGORIES = new Set(BUILTIN_CATEGORIES.map((c) => c.id));
const FIELDS = new Set(['path', 'line', 'column', 'name', 'owner', 'kind', 'label', 'reason', 'sample', 'split']);

test('real-code sample: at least 200 labelled hints from two repositories or more, each at a commit', () => {
  assert.ok(SAMPLES.length >= 2, `${SAMPLES.length} repositories`);
  for (const s of SAMPLES) {
    assert.match(s.repo, /^[\w.-]+\/[\w.-]+$/);
    assert.match(s.commit, /^[0-9a-f]{40}$/);
  }
  const hints = SAMPLES.flatMap((s) => s.labels.filter((l) => l.sample.includes('hint')));
  assert.ok(hints.length >= 200, `${hints.length} hints`);
  assert.ok(new Set(SAMPLES.filter((s) => s.labels.some((l) => l.sample.includes('hint'))).map((s) => s.repo)).size >= 2);
});

test('real-code sample: every label is a place, a name and a verdict with its reason; no code is stored', () => {
  for (const s of SAMPLES) {
    const seen = new Set<string>();
    for (const l of s.labels) {
      const where = `${s.repo} ${l.path}:${l.line}:${l.column} ${l.name}`;
      for (const k of Object.keys(l)) assert.ok(FIELDS.has(k), `${where}: field ${k}`);
      assert.ok(l.path && !path.isAbsolute(l.path) && Number.isInteger(l.line) && l.line > 0 && Number.isInteger(l.column), where);
      assert.match(l.name, /^[\p{L}\p{N}_$-]+$/u, where);
      assert.ok(l.label === null || CATEGORIES.has(l.label), `${where}: label ${l.label}`);
      assert.ok(l.reason.length > 3, where);
      assert.ok(l.sample.length > 0 && l.sample.every((x) => x === 'hint' || x === 'file'), where);
      assert.ok(l.split === 'tune' || l.split === 'holdout', where);
      assert.ok(!seen.has(where), `${where} twice`);
      seen.add(where);
    }
  }
});

test('real-code sample: a held-out part, split by file, on both sides of the label', () => {
  const all = SAMPLES.flatMap((s) => s.labels.map((l) => ({ ...l, repo: s.repo })));
  const held = all.filter((l) => l.split === 'holdout');
  assert.ok(held.length >= all.length / 4, `${held.length} of ${all.length} held out`);
  assert.ok(held.some((l) => l.label) && held.some((l) => !l.label));
  // The split is by file: no file gives labels to both sides.
  const sideOf = new Map<string, string>();
  for (const l of all) {
    const key = `${l.repo}:${l.path}`;
    assert.equal(sideOf.get(key) ?? l.split, l.split, key);
    sideOf.set(key, l.split);
  }
});
