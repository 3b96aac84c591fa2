/**
 * TypeScript is built once, as dist/typescript.js, and the CLI and the language server load it through a V8 code
 * cache (server/src/runtime/typescript.ts, wired in by package.json's build). These tests run the real bundles:
 * TypeScript is in none of them, and whatever the cache's state (none yet, valid, damaged, switched off, nowhere to
 * write it) the CLI and the server give the same results and print nothing more. PRIVACY_ANNOTATIONS_CODE_CACHE_DIR
 * points the cache at a temporary folder so tests never share dist/.cache.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient } from '../lsp/lspClient';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli.js');
const DEMO = path.join(ROOT, 'examples', 'demo');
const MAGIC = 'PAV8CC01';
/** One of TypeScript's diagnostic messages: in its module only (and kept by minification). */
const TS_MARKER = /Unterminated string literal\./;

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-bundles-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The environment without any code-cache setting of the caller's. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.PRIVACY_ANNOTATIONS_NO_CODE_CACHE;
  delete env.PRIVACY_ANNOTATIONS_CODE_CACHE_DIR;
  return { ...env, NO_COLOR: '1', ...extra };
}

function cli(env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', DEMO, '--format', 'json', '--today', '2026-11-28', '--fail-on', 'never'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(env) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function caches(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.v8cache')) : [];
}

function userTempCacheDir(tmp: string): string {
  return path.join(tmp, `privacy-annotations-v8-cache-${typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username}`);
}

test('TypeScript is built once, as dist/typescript.js, and is in none of the bundles', () => {
  const typescript = fs.readFileSync(path.join(DIST, 'typescript.js'), 'utf8');
  assert.match(typescript, TS_MARKER);
  for (const bundle of ['cli.js', 'server.js', 'extension.js']) {
    const text = fs.readFileSync(path.join(DIST, bundle), 'utf8');
    assert.doesNotMatch(text, TS_MARKER, `${bundle} holds no copy of TypeScript`);
    assert.ok(text.length < 3 * 1024 * 1024, `${bundle} is ${(text.length / 2 ** 20).toFixed(1)} MB without TypeScript`);
  }
  for (const bundle of ['cli.js', 'server.js']) {
    assert.match(fs.readFileSync(path.join(DIST, bundle), 'utf8'), /"typescript\.js"/, `${bundle} loads dist/typescript.js`);
  }
});

test('tsc-compiled code (out/, the tests) uses node_modules\' TypeScript, not dist/', () => {
  require('../../server/src/engine/index');
  const loaded = Object.keys(require.cache);
  assert.ok(loaded.some((f) => f.endsWith(path.join('node_modules', 'typescript', 'lib', 'typescript.js'))));
  assert.ok(!loaded.includes(path.join(DIST, 'typescript.js')));
});

test('the CLI: same results with no cache, a fresh one, a damaged one and the cache switched off', (t) => {
  const dir = tempDir(t);
  const off = path.join(dir, 'off');
  const reference = cli({ PRIVACY_ANNOTATIONS_NO_CODE_CACHE: '1', PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: off });
  assert.equal(reference.status, 0, reference.stderr);
  assert.ok(JSON.parse(reference.stdout).findings.length > 0, 'the demo has findings');
  assert.deepEqual(caches(off), [], 'switched off: no cache written');
  assert.equal(fs.existsSync(off), false);

  const cache = path.join(dir, 'cache');
  const first = cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache });
  assert.deepEqual(first, reference, 'no cache yet');
  const [name] = caches(cache);
  assert.ok(name?.startsWith('typescript.js.'), `a cache was written at exit: ${fs.existsSync(cache) ? fs.readdirSync(cache) : 'no folder'}`);
  const file = path.join(cache, name);
  assert.equal(fs.readFileSync(file).subarray(0, MAGIC.length).toString('latin1'), MAGIC);
  const written = fs.statSync(file);

  const second = cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache });
  assert.deepEqual(second, reference, 'with the cache');
  const kept = fs.statSync(file);
  assert.deepEqual([kept.ino, kept.mtimeMs], [written.ino, written.mtimeMs], 'the cache was used, not written again');

  const garbage = Buffer.alloc(written.size, 0xa5);
  fs.writeFileSync(file, garbage);
  assert.deepEqual(cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache }), reference, 'with a damaged cache');
  assert.deepEqual(caches(cache), [name]);
  const replaced = fs.readFileSync(file);
  assert.equal(replaced.subarray(0, MAGIC.length).toString('latin1'), MAGIC, 'the damaged cache was replaced');
  assert.deepEqual(cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache }), reference);
});

test('the CLI loads TypeScript only when a file needs parsing: a project with no tag and no outbound call never loads it', (t) => {
  const dir = tempDir(t);
  const project = path.join(dir, 'project');
  fs.mkdirSync(path.join(project, 'src'), { recursive: true });
  fs.writeFileSync(path.join(project, 'src', 'math.ts'), 'export const add = (a: number, b: number) => a + b;\n');
  const cache = path.join(dir, 'cache');
  const run = () => spawnSync(process.execPath, [CLI, 'check', project, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache }) });
  const plain = run();
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(JSON.parse(plain.stdout).filesChecked, 1);
  assert.deepEqual(caches(cache), [], 'TypeScript was not loaded, so no cache of it was written');
  fs.writeFileSync(path.join(project, 'src', 'user.ts'), 'export interface User {\n  /** @personalData contact.email */\n  email: string;\n}\n');
  const tagged = run();
  assert.equal(tagged.status, 0, tagged.stderr);
  assert.equal(JSON.parse(tagged.stdout).filesChecked, 2);
  assert.equal(caches(cache).length, 1, 'a tagged file is parsed: TypeScript was loaded, and its cache written at exit');
});

test('the namespace TypeScript loads into on first use answers like TypeScript: a name it lacks is undefined, not a stack overflow', (t) => {
  // server/src/runtime/typescript.ts bundled alone, next to dist/typescript.js as in dist/, and read in fresh processes.
  const dir = tempDir(t);
  fs.symlinkSync(path.join(DIST, 'typescript.js'), path.join(dir, 'typescript.js'));
  const ns = path.join(dir, 'namespace.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('esbuild') as typeof import('esbuild')).buildSync({
    entryPoints: [path.join(ROOT, 'server', 'src', 'runtime', 'typescript.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: ns,
    logLevel: 'silent',
  });
  const probe = (body: string) => {
    const script = `const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('${path.sep}typescript.js'));
const ts = require(${JSON.stringify(ns)});
const out = { before: loaded() };
${body}
out.after = loaded();
console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: cleanEnv({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: path.join(dir, 'cache') }) });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };
  // First touch by reading a name TypeScript does not export, then by `in`: each once overflowed the stack.
  const read = probe(`out.missing = ts.noSuchName === undefined; out.version = typeof ts.version; out.kind = typeof ts.SyntaxKind.Identifier; out.keys = Object.keys(ts).includes('createSourceFile');`);
  assert.deepEqual(read, { before: false, missing: true, version: 'string', kind: 'number', keys: true, after: true });
  const has = probe(`out.lacks = 'noSuchName' in ts; out.has = 'createSourceFile' in ts; out.parses = ts.createSourceFile('a.ts', 'let a = 1;', ts.ScriptTarget.Latest).statements.length;`);
  assert.deepEqual(has, { before: false, lacks: false, has: true, parses: 1, after: true });
});

test('the CLI: an unwritable cache folder falls back to the temporary directory, then to no cache at all', (t) => {
  const dir = tempDir(t);
  const reference = cli({ PRIVACY_ANNOTATIONS_NO_CODE_CACHE: '1' });
  const blocker = path.join(dir, 'a-file');
  fs.writeFileSync(blocker, '');
  const unwritable = path.join(blocker, 'cache'); // below a file: cannot be created, even by root
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);

  assert.deepEqual(cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: unwritable, TMPDIR: tmp }), reference);
  assert.equal(caches(userTempCacheDir(tmp)).length, 1, 'written to the temporary directory');
  assert.deepEqual(cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: unwritable, TMPDIR: tmp }), reference, 'and read from there');

  assert.deepEqual(cli({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: unwritable, TMPDIR: path.join(blocker, 'tmp') }), reference, 'nowhere to write: no cache, no message');
});

test('the language server writes the cache when told to exit, and starts from it the next time', async (t) => {
  const dir = tempDir(t);
  const cache = path.join(dir, 'cache');
  const saved = { ...process.env };
  t.after(() => {
    process.env = saved;
  });
  Object.assign(process.env, cleanEnv({ PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: cache }));
  const file = path.join(DEMO, 'src', 'customer.ts');
  const text = fs.readFileSync(file, 'utf8');

  const session = async (): Promise<{ diagnostics: unknown; code: number | null }> => {
    const client = await TestClient.start({ root: DEMO });
    const uri = client.open(file, text);
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const exited = new Promise<number | null>((resolve) => client.process.on('exit', (code) => resolve(code)));
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    const code = await exited; // the server ends by itself; the cache is written on the way out
    client.connection.dispose();
    return { diagnostics: diagnostics.map((d) => [d.code, d.range.start.line, d.message]), code };
  };

  const first = await session();
  assert.equal(first.code, 0);
  const [name] = caches(cache);
  assert.ok(name, 'the server wrote a cache at exit');
  const written = fs.statSync(path.join(cache, name));

  const second = await session();
  assert.deepEqual(second, first, 'same diagnostics from the cache');
  const kept = fs.statSync(path.join(cache, name));
  assert.deepEqual([kept.ino, kept.mtimeMs], [written.ino, written.mtimeMs], 'the cache was used, not written again');
});
