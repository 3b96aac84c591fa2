/**
 * The layers of the code (test/architecture/dependency-cruiser.cjs): the engine entered only through its front door,
 * its folders leaning one way, no file system or LSP inside it, lsp/ and cli/ apart, the client through the protocol.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIXTURES, REPO_ROOT } from '../helpers';

const CONFIG = path.join(REPO_ROOT, 'test', 'architecture', 'dependency-cruiser.cjs');
const DEPCRUISE = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** dependency-cruiser's violations over the given folders, run from `cwd` (the rules' paths are relative to it). */
function violations(cwd: string, folders: string[]): Violation[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', ...folders], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.stdout, `dependency-cruiser gave no output (exit ${run.status}):\n${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const named = (v: Violation): string => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('layers', () => {
  test('the code keeps every layer rule', () => {
    const found = violations(REPO_ROOT, ['server/src', 'client/src']);
    assert.deepEqual(found.map(named), [], 'see the comment of each rule in test/architecture/dependency-cruiser.cjs');
  });

  test('the rules catch each kind of wrong import (a miniature of the layout)', () => {
    const found = violations(path.join(FIXTURES, 'layers'), ['server/src', 'client/src']).map(named).sort();
    assert.deepEqual(found, [
      'client-through-protocol: client/src/extension.ts -> server/src/lsp/hover.ts',
      'engine-front-door: server/src/lsp/hover.ts -> server/src/engine/text/words.ts',
      'engine-has-no-file-system: server/src/engine/text/words.ts -> fs',
      'engine-text-imports-only-lower-folders: server/src/engine/text/words.ts -> server/src/engine/rules/ids.ts',
    ]);
  });
});
