/**
 * The real-code scorer (bench/detector-real-code.mjs) on a made-up repository: it runs the CLI on the labelled
 * files, matches hints to labels by place, counts a wrong category as both a false positive and a miss, and
 * reports hints on unlabelled declarations of files labelled whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO, 'bench', 'detector-real-code.mjs');

const SOURCE = `export interface Customer {
  name: string;
  email: string;
  city: string;
}

export interface PublicTeam {
  avatarUrl: string;
  name: string;
}
`;

/** The label of the n-th declaration of `name` (1-based line and column, as the CLI reports them). */
function at(name: string, nth = 0) {
  const lines = SOURCE.split('\n');
  const found = lines.flatMap((l, i) => (new RegExp(`^\\s*${name}:`).test(l) ? [{ line: i + 1, column: l.indexOf(name) + 1 }] : []));
  return { path: 'src/models.ts', ...found[nth], name };
}

test('detector-real-code: precision and recall by place, wrong categories counted twice, unlabelled hints shown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-real-code-'));
  try {
    const checkout = path.join(dir, 'checkout');
    fs.mkdirSync(path.join(checkout, 'src'), { recursive: true });
    fs.writeFileSync(path.join(checkout, 'src', 'models.ts'), SOURCE);
    const labels = [
      { ...at('name'), owner: 'Customer', label: 'identity.name', reason: "a customer's name", sample: ['file'], split: 'tune' },
      // Labelled otherwise than the detector says: one false positive and one miss.
      { ...at('city'), owner: 'Customer', label: 'contact.address', reason: 'part of an address', sample: ['file'], split: 'tune' },
      { ...at('avatarUrl'), owner: 'PublicTeam', label: null, reason: "a team's logo", sample: ['file'], split: 'holdout' },
      { ...at('name', 1), owner: 'PublicTeam', label: null, reason: "a team's name", sample: ['file'], split: 'holdout' },
    ];
    const fixtures = path.join(dir, 'fixtures');
    fs.mkdirSync(fixtures);
    fs.writeFileSync(path.join(fixtures, 'made-up.json'), JSON.stringify({ repo: 'example/made-up', commit: '0'.repeat(40), labels }));

    const run = spawnSync(process.execPath, [SCRIPT, `made-up=${checkout}`, '--fixtures', fixtures, '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const figures = JSON.parse(run.stdout);
    assert.deepEqual(
      { tp: figures.all.all.tp, fp: figures.all.all.fp, fn: figures.all.all.fn, precision: figures.all.all.precision, recall: figures.all.all.recall },
      { tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 },
    );
    // The team's avatar and name raise nothing: the held-out part has no hint and no positive.
    assert.deepEqual([figures.holdout.all.hints, figures.holdout.all.positives], [0, 0]);
    // `email` was left unlabelled in a file labelled whole, and the detector flags it.
    assert.equal(figures.unlabelledHints, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
