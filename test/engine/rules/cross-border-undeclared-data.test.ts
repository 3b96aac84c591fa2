import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, readPolicyFile } from '../../../server/src/engine/index';
import { Project } from '../../../server/src/engine/xref/reaching';
import { nodeHost } from '../../../server/src/runtime/nodeHost';
import { FIXTURES } from '../../helpers';

// The fixture workspace of the cross-file tests (test/engine/xref.test.ts covers every resolution case).
const ROOT = path.join(FIXTURES, 'xref');
const SYNC = path.join(ROOT, 'src', 'api', 'sync.ts');

describe('cross-border-undeclared-data', () => {
  const text = fs.readFileSync(SYNC, 'utf8');
  const policy = readPolicyFile(nodeHost, path.join(ROOT, 'privacy-policy.yaml')).policy!;
  const found = analyzeText(text, SYNC, policy, { today: '2026-11-28', project: new Project(nodeHost) }).filter((f) => f.rule === 'cross-border-undeclared-data');
  const at = (param: string) => found.find((f) => text.slice(f.span.start, f.span.end) === param);

  test('fires on a parameter whose type carries personal data not declared as sent, with a fix adding it', () => {
    const f = at('note');
    assert.ok(f);
    assert.match(f.message.en, /health\.medical \(not in/);
    assert.equal(f.fix?.kind, 'setParam');
    assert.equal(f.related?.[0].file, path.join(ROOT, 'src', 'models', 'customer.ts'));
  });

  test('does not fire when what reaches is declared (Pick narrows to declared fields)', () => {
    assert.equal(at('c'), undefined);
    assert.equal(at('b'), undefined);
  });
});
