/**
 * server/src/runtime/codeCache: loading a CommonJS file through a V8 code cache. Every load runs in a fresh Node
 * process (a cache is only worth anything across processes, and V8 keeps compiled scripts within one), on small
 * generated modules in a temporary folder. The cache must never change what the module does: whatever the state
 * of the cache (missing, damaged, from another source, in a folder that cannot be written, written by several
 * processes at once) the module loads and works, and nothing is printed.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CODE_CACHE = path.join(ROOT, 'out', 'server', 'src', 'runtime', 'codeCache.js');

interface Run {
  status: string;
  cacheName: string;
  written?: string;
  value: unknown;
  warmed?: boolean;
}

interface RunOptions {
  dirs: string[];
  disabled?: boolean;
  write?: boolean;
  warmUp?: 'ok' | 'throws';
  env?: NodeJS.ProcessEnv;
}

const CHILD = `
const { loadWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
const o = JSON.parse(process.env.LOAD_OPTIONS);
let warmed = false;
const warmUp = o.warmUp === 'ok' ? (m) => { warmed = true; m.value(); } : o.warmUp === 'throws' ? () => { throw new Error('warm-up failed'); } : undefined;
const l = loadWithCodeCache(o.file, { dirs: o.dirs, disabled: o.disabled, warmUp });
const value = l.exports.value();
const written = o.write ? l.writeCache() : undefined;
process.stdout.write(JSON.stringify({ status: l.status, cacheName: l.cacheName, written, value, warmed }));
`;

function load(file: string, o: RunOptions): Run {
  const r = spawnSync(process.execPath, ['-e', CHILD], {
    encoding: 'utf8',
    env: { ...process.env, ...o.env, LOAD_OPTIONS: JSON.stringify({ file, write: true, ...o }) },
  });
  assert.equal(r.status, 0, `child failed:\n${r.stdout}\n${r.stderr}`);
  assert.equal(r.stderr, '', 'nothing printed on stderr');
  return JSON.parse(r.stdout) as Run;
}

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-code-cache-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A module large enough that V8 makes a real code cache, with a function only called later (compiled lazily). */
function writeModule(file: string, answer = 42): void {
  const helpers = Array.from({ length: 200 }, (_, i) => `function helper${i}(x) { return x + ${i}; }`).join('\n');
  fs.writeFileSync(
    file,
    `'use strict';\nconst dep = require('./dep');\n${helpers}\nfunction lazy() { return helper199(dep.base) - 199 + ${answer} - 1; }\n` +
      `module.exports = { value: () => ({ answer: lazy(), file: __filename, dir: __dirname, cached: require.cache[__filename] === module }) };\n`,
  );
  fs.writeFileSync(path.join(path.dirname(file), 'dep.js'), 'exports.base = 1;\n');
}

function cacheFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.v8cache')).sort() : [];
}

test('no cache: the module works, and the cache is written; the next process uses it and leaves it alone', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const cache = path.join(dir, 'cache');

  const first = load(file, { dirs: [cache] });
  assert.equal(first.status, 'none');
  assert.deepEqual(first.value, { answer: 42, file, dir, cached: true });
  assert.equal(first.written, path.join(cache, first.cacheName));
  assert.deepEqual(cacheFiles(cache), [first.cacheName]);
  const before = fs.statSync(first.written!);

  const second = load(file, { dirs: [cache] });
  assert.equal(second.status, 'accepted');
  assert.deepEqual(second.value, first.value);
  assert.equal(second.written, undefined, 'an accepted cache is not written again');
  const after = fs.statSync(first.written!);
  assert.equal(after.ino, before.ino);
  assert.equal(after.mtimeMs, before.mtimeMs);
});

test('the warm-up runs before the cache is written, and a failing warm-up only skips itself', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const a = load(file, { dirs: [path.join(dir, 'a')], warmUp: 'ok' });
  assert.equal(a.warmed, true);
  assert.ok(a.written);
  const b = load(file, { dirs: [path.join(dir, 'b')], warmUp: 'throws' });
  assert.ok(b.written, 'written despite the warm-up throwing');
  assert.equal(load(file, { dirs: [path.join(dir, 'b')] }).status, 'accepted');
});

test('a damaged cache file (flipped byte, truncated, garbage, empty) is never given to V8, and is replaced', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const cache = path.join(dir, 'cache');
  const { written } = load(file, { dirs: [cache] });
  const good = fs.readFileSync(written!);
  const damaged: [string, Buffer][] = [
    ['a flipped byte in the payload', Buffer.from(good).fill(good[good.length >> 1] ^ 0xff, good.length >> 1, (good.length >> 1) + 1)],
    ['truncated', good.subarray(0, good.length >> 1)],
    ['garbage of the same size', Buffer.alloc(good.length, 0x5a)],
    ['empty', Buffer.alloc(0)],
    ['only the header', good.subarray(0, 40)],
  ];
  for (const [what, content] of damaged) {
    fs.writeFileSync(written!, content);
    const r = load(file, { dirs: [cache] });
    assert.equal(r.status, 'invalid', what);
    assert.equal((r.value as { answer: number }).answer, 42, what);
    assert.equal(r.written, written, `${what}: replaced`);
    assert.equal(load(file, { dirs: [cache] }).status, 'accepted', `${what}: the replacement is used`);
  }
});

test('a cache V8 rejects (made for another source of another length) is replaced; the module still works', (t) => {
  const dir = tempDir(t);
  const a = path.join(dir, 'a', 'mod.js');
  const b = path.join(dir, 'b', 'mod.js');
  fs.mkdirSync(path.dirname(a));
  fs.mkdirSync(path.dirname(b));
  writeModule(a, 42);
  writeModule(b, 4200);
  const cache = path.join(dir, 'cache');
  const fromA = load(a, { dirs: [cache] }).written!;
  const nameB = load(b, { dirs: [cache], write: false }).cacheName;
  fs.copyFileSync(fromA, path.join(cache, nameB)); // a valid file (our checksum holds) with V8 data for another script
  const r = load(b, { dirs: [cache] });
  assert.equal(r.status, 'rejected');
  assert.equal((r.value as { answer: number }).answer, 4200);
  assert.equal(r.written, path.join(cache, nameB));
  assert.equal(load(b, { dirs: [cache] }).status, 'accepted');
});

test("a rebuilt file gets a new cache; the old build's caches go, the new build's for other runtimes and fresh temp files stay", (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const cache = path.join(dir, 'cache');
  const old = load(file, { dirs: [cache] });
  const name = /^(mod\.js)\.(\w{12})\.(\w{12})\.(\w{12})\.v8cache$/;
  const m = name.exec(old.cacheName);
  assert.ok(m, `${old.cacheName} is <file>.<where>.<build>.<runtime>.v8cache`);
  const [, base, where, oldBuild, runtime] = m;

  writeModule(file, 7); // a new build: other content, size and date
  const probe = load(file, { dirs: [cache], write: false });
  const newBuild = name.exec(probe.cacheName)![3];
  assert.notEqual(newBuild, oldBuild);
  const stay = [`${base}.${where}.${newBuild}.000000000000.v8cache`, `other.js.${where}.${oldBuild}.${runtime}.v8cache`, `${old.cacheName}.1.abcd.tmp`];
  const go = [`${base}.${where}.${oldBuild}.000000000000.v8cache`, `${old.cacheName}.2.abcd.tmp`];
  for (const n of [...stay, ...go]) fs.writeFileSync(path.join(cache, n), 'x');
  const hoursAgo = new Date(Date.now() - 3 * 3600_000);
  fs.utimesSync(path.join(cache, go[1]), hoursAgo, hoursAgo);

  const next = load(file, { dirs: [cache] });
  assert.equal(next.status, 'none');
  assert.equal((next.value as { answer: number }).answer, 7);
  assert.equal(next.cacheName, probe.cacheName);
  assert.deepEqual(fs.readdirSync(cache).sort(), [next.cacheName, ...stay].sort());
});

test('a folder that cannot be written: the next folder is used; none at all: no cache, no error', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const blocker = path.join(dir, 'a-file');
  fs.writeFileSync(blocker, '');
  const bad = path.join(blocker, 'cache'); // below a file: mkdir fails even for root
  const good = path.join(dir, 'fallback');

  const r = load(file, { dirs: [bad, good] });
  assert.equal(r.written, path.join(good, r.cacheName));
  assert.equal(load(file, { dirs: [bad, good] }).status, 'accepted', 'read back from the fallback folder');

  const none = load(file, { dirs: [bad, path.join(blocker, 'other')] });
  assert.equal(none.status, 'none');
  assert.equal(none.written, undefined);
  assert.equal((none.value as { answer: number }).answer, 42);
});

test('in the shared temporary directory, a folder others can write to is neither read nor written', { skip: typeof process.getuid !== 'function' }, (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
  const mine = path.join(tmp, 'mine');
  const r = load(file, { dirs: [mine], env });
  assert.ok(r.written);
  assert.equal(fs.statSync(mine).mode & 0o777, 0o700, 'created private');
  assert.equal(load(file, { dirs: [mine], env }).status, 'accepted');

  fs.chmodSync(mine, 0o777);
  const open = load(file, { dirs: [mine], env });
  assert.equal(open.status, 'none', 'a valid cache in a folder anyone may write is not read');
  assert.equal(open.written, undefined, 'nor written');
});

test('disabled: plain require, no cache read or written', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const cache = path.join(dir, 'cache');
  load(file, { dirs: [cache] });
  const r = load(file, { dirs: [cache], disabled: true });
  assert.equal(r.status, 'disabled');
  assert.equal(r.written, undefined);
  assert.deepEqual(r.value, { answer: 42, file, dir, cached: true });
  assert.equal(cacheFiles(cache).length, 1);
  const other = path.join(dir, 'other');
  load(file, { dirs: [other], disabled: true });
  assert.equal(fs.existsSync(other), false);
});

test('module semantics: a #! line, module.exports replaced, errors thrown by the module reach the caller', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  fs.writeFileSync(file, '#!/usr/bin/env node\nmodule.exports = { value: () => typeof require("node:path").join };\n');
  assert.equal(load(file, { dirs: [path.join(dir, 'c')] }).value, 'function');
  assert.equal(load(file, { dirs: [path.join(dir, 'c')] }).status, 'accepted');

  const bad = path.join(dir, 'bad.js');
  fs.writeFileSync(bad, 'throw new Error("broken module");\n');
  const r = spawnSync(process.execPath, ['-e', CHILD], { encoding: 'utf8', env: { ...process.env, LOAD_OPTIONS: JSON.stringify({ file: bad, dirs: [path.join(dir, 'c')] }) } });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /broken module/);
});

test('processes writing the same cache at once leave one whole file and no temporary files', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'mod.js');
  writeModule(file);
  const cache = path.join(dir, 'cache');
  const runs = await Promise.all(
    Array.from({ length: 6 }, () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', CHILD], { env: { ...process.env, LOAD_OPTIONS: JSON.stringify({ file, dirs: [cache], write: true }) } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Run) : reject(new Error(`exit ${code}`))));
      }),
    ),
  );
  for (const r of runs) assert.equal((r.value as { answer: number }).answer, 42);
  assert.deepEqual(fs.readdirSync(cache), [runs[0].cacheName]);
  assert.equal(load(file, { dirs: [cache] }).status, 'accepted');
});
