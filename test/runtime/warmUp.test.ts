/**
 * The warm-up run before TypeScript's code cache is written (server/src/runtime/warmUp.ts). Its errors are
 * swallowed in production (a cache is best effort), so this is where a sample that stopped parsing, or an API
 * that moved, shows up.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import ts = require('typescript');
import { warmUpTypeScript } from '../../server/src/runtime/warmUp';

test('the warm-up parses valid samples, walks them and scans them without throwing', () => {
  const { nodes, parseErrors } = warmUpTypeScript(ts);
  assert.equal(parseErrors, 0, 'the samples are valid TS and JSX');
  assert.ok(nodes > 200, `it walked the trees: ${nodes} nodes`);
});
