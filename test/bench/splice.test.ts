/**
 * A bench run of some scenarios rewrites only theirs in bench/RESULTS.md (bench/lib/splice.mjs for 1-6,
 * bench/lib/load.mjs for 7-9): the other rows and sections stay, each section in its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(__dirname, '../../..');
const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(REPO, 'bench', 'lib', file)).href) as Promise<T>;

function report(rows: string[], sections: string[]): string {
  return ['# Benchmark results', '', '| machine | |', '|---|---|', '| date | D |', '| commit | C |', '| load average at start / end | 1 / 1 |', '', '## Summary', '', '| scenario | figure | measured | target | status |', '|---|---|---|---|---|', ...rows, '', ...sections].join('\n');
}

test('a run of scenario 1 replaces its rows and section, and the workspaces section stays first', async () => {
  const { spliceResults } = await load<{ spliceResults(previous: string, fresh: string, scenarios: number[]): string }>('splice.mjs');
  const old = report(['| 1 CLI | a | old | t | n/a |', '| 2 growth | b | kept | t | n/a |'], ['## Workspaces\n\nold workspaces\n', '## 1. CLI\n\nold one\n', '## 2. Growth\n\nkept two\n']);
  const fresh = report(['| 1 CLI | a | new | t | n/a |'], ['## Workspaces\n\nnew workspaces\n', '## 1. CLI\n\nnew one\n']);
  const out = spliceResults(old, fresh, [1]);
  const headings = out.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(headings, ['## Summary', '## Workspaces', '## 1. CLI', '## 2. Growth']);
  assert.match(out, /\| 1 CLI \| a \| new \|/);
  assert.match(out, /\| 2 growth \| b \| kept \|/);
  assert.match(out, /new one/);
  assert.doesNotMatch(out, /old one/);
  assert.match(out, /kept two/);
});

test('a run of scenario 9 (real repositories) replaces only its rows and section', async () => {
  const { splice } = await load<{ splice(existing: string, rendered: string, scenarios?: number[]): string }>('load.mjs');
  const old = report(['| 1 CLI | a | kept | t | n/a |', '| 9 real repository | r | old | t | n/a |'], ['## 1. CLI\n\none\n', '## 9. Real repositories\n\nold repos\n', '## Where the CLI spends its time\n\nprofile\n']);
  const out = splice(old, ['| 9 real repository | r | new | t | **met** |', '## 9. Real repositories', '', 'new repos', ''].join('\n'), [9]);
  assert.match(out, /\| 9 real repository \| r \| new \|/);
  assert.doesNotMatch(out, /old repos|\| r \| old \|/);
  assert.deepEqual(out.split('\n').filter((l) => l.startsWith('## ')), ['## Summary', '## 1. CLI', '## 9. Real repositories', '## Where the CLI spends its time']);
});
