/** Node's host on a real folder: what each kind of path reads, lists and stats as, and that nothing waits on a FIFO. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { walk } from '../../server/src/engine/index';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-host-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (rel: string) => path.join(dir, rel);

fs.mkdirSync(at('sub'));
fs.writeFileSync(at('a.ts'), '\ufeffexport const a = 1;\n');
fs.writeFileSync(at('big.ts'), 'x'.repeat(100));
fs.writeFileSync(at('zh.ts'), '// 个人信息 😀\n');
fs.writeFileSync(at('empty.ts'), '');
fs.symlinkSync('a.ts', at('link.ts'));
fs.symlinkSync('self.ts', at('self.ts'));
const fifo = process.platform !== 'win32' && spawnSync('mkfifo', [at('pipe.ts')]).status === 0;

describe("Node's host", () => {
  test('a regular file reads as its text, byte-order mark and all; over the limit it is too large', () => {
    assert.deepEqual(nodeHost.readFile(at('a.ts'), 1000), { text: '\ufeffexport const a = 1;\n' });
    assert.deepEqual(nodeHost.readFile(at('link.ts'), 1000), { text: '\ufeffexport const a = 1;\n' }, 'a link is followed');
    assert.deepEqual(nodeHost.readFile(at('big.ts'), 99), { problem: 'too-large', size: 100 });
    assert.deepEqual(nodeHost.readFile(at('big.ts'), 100), { text: 'x'.repeat(100) });
    assert.deepEqual(nodeHost.readFile(at('zh.ts'), 1000), { text: '// 个人信息 😀\n' });
    assert.deepEqual(nodeHost.readFile(at('empty.ts'), 0), { text: '' });
    const large = '好'.repeat(1_000_000);
    fs.writeFileSync(at('large.txt'), large);
    try {
      assert.equal((nodeHost.readFile(at('large.txt'), 3_000_000) as { text: string }).text, large, 'three megabytes of three-byte characters');
    } finally {
      fs.rmSync(at('large.txt'));
    }
  });

  test('a missing path, a directory and a link loop each say what they are', () => {
    assert.deepEqual(nodeHost.readFile(at('nope.ts'), 1000), { problem: 'missing', error: 'ENOENT' });
    assert.deepEqual(nodeHost.readFile(at('a.ts/x.ts'), 1000), { problem: 'missing', error: 'ENOTDIR' });
    assert.deepEqual(nodeHost.readFile(at('sub'), 1000), { problem: 'directory' });
    assert.deepEqual(nodeHost.readFile(at('self.ts'), 1000), { problem: 'unreadable', error: 'ELOOP' });
  });

  test('a FIFO named like a source file is not a file: reading it answers at once', { skip: !fifo && 'mkfifo is not available' }, () => {
    assert.deepEqual(nodeHost.readFile(at('pipe.ts'), 1000), { problem: 'not-file' });
    assert.deepEqual(nodeHost.stat(at('pipe.ts')), { kind: 'other', size: 0 });
    assert.ok(!walk(nodeHost, [dir]).files.includes(at('pipe.ts')), 'the walk leaves it out');
  });

  test('a file the system refuses to read is unreadable, with its code', (t) => {
    fs.writeFileSync(at('locked.ts'), '');
    fs.chmodSync(at('locked.ts'), 0o000);
    try {
      fs.readFileSync(at('locked.ts'));
      return t.skip('running as root: chmod 000 does not stop root from reading');
    } catch {
      assert.deepEqual(nodeHost.readFile(at('locked.ts'), 1000), { problem: 'unreadable', error: 'EACCES' });
    } finally {
      fs.rmSync(at('locked.ts'));
    }
  });

  test('a listing gives each entry with its kind, links not followed', () => {
    const entries = nodeHost.list(dir);
    assert.ok(Array.isArray(entries));
    const kinds = Object.fromEntries(entries.map((e) => [e.name, e.kind]));
    assert.deepEqual(kinds, { 'a.ts': 'file', 'big.ts': 'file', 'zh.ts': 'file', 'empty.ts': 'file', sub: 'directory', 'link.ts': 'symlink', 'self.ts': 'symlink', ...(fifo && { 'pipe.ts': 'other' }) });
    assert.deepEqual(nodeHost.list(at('nope')), { error: 'ENOENT' });
    assert.deepEqual(nodeHost.list(at('a.ts')), { error: 'ENOTDIR' });
  });

  test('stat follows links; realPath resolves them', () => {
    assert.deepEqual(nodeHost.stat(at('link.ts')), { kind: 'file', size: fs.statSync(at('a.ts')).size });
    assert.equal((nodeHost.stat(at('sub')) as { kind: string }).kind, 'directory');
    assert.deepEqual(nodeHost.stat(at('nope.ts')), { error: 'ENOENT' });
    assert.deepEqual(nodeHost.stat(at('self.ts')), { error: 'ELOOP' });
    assert.equal(nodeHost.realPath(at('link.ts')), fs.realpathSync(at('a.ts')));
    assert.deepEqual(nodeHost.realPath(at('self.ts')), { error: 'ELOOP' });
  });
});
