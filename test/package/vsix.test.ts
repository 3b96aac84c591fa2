/**
 * The .vsix that `npm run package` makes: exactly the files the extension needs (what .vscodeignore
 * adds back), every file package.json points at, no source maps / sources / node_modules / CLI, and a
 * size that shows the bundles are minified.
 *
 * It packages the current tree in a staging copy (files git would commit, plus a link to node_modules),
 * so the dist/ that other tests use is never rebuilt under them. VSIX=path checks a given file instead.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../..');
const MAX_VSIX_BYTES = 3 * 1024 * 1024; // 1.3 MB measured; unminified bundles would be about 3.5 MB
// TypeScript is dist/typescript.js, loaded by the server, not bundled into it.
const MAX_SERVER_BYTES = 1.5 * 1024 * 1024; // dist/server.js: 0.8 MB minified, 1.6 MB without --minify
const MAX_TYPESCRIPT_BYTES = 5 * 1024 * 1024; // dist/typescript.js: 3.4 MB minified, 8.7 MB without --minify

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The central directory of a zip file (no zip64: a .vsix this small never needs it). */
export function zipEntries(zip: Buffer): Entry[] {
  const min = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= min; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'end of central directory record found');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50, `central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localHeaderOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function readEntry(zip: Buffer, e: Entry): Buffer {
  const h = e.localHeaderOffset;
  assert.equal(zip.readUInt32LE(h), 0x04034b50, `local header of ${e.name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  assert.equal(e.method, 8, `${e.name} is stored or deflated`);
  return zlib.inflateRawSync(data);
}

/** The files a clean clone has (tracked and new, not ignored), or a plain walk where git is missing. */
function projectFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter((f) => f && fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile());
  const skip = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
      const rel = path.join(dir, d.name);
      if (d.isDirectory()) return skip.has(d.name) ? [] : walk(rel);
      return d.isFile() && !d.name.endsWith('.vsix') ? [rel] : [];
    });
  return walk('.');
}

/** Relative file paths in a manifest section: strings like ./dir/file.ext or dir/file.ext (not URLs, $(icons), %nls% keys or scope names). */
function filesIn(value: unknown): string[] {
  if (typeof value === 'string') return /^(\.\/)?([\w.-]+\/)+[\w.-]+\.(js|json|md|png|svg|gif|jpe?g)$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(filesIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (['fileMatch', 'when', 'command', 'id'].includes(key) ? [] : filesIn(v)));
  }
  return [];
}

function packageInStaging(): string {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vsix-'));
  for (const f of projectFiles()) {
    fs.mkdirSync(path.dirname(path.join(staging, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(staging, f));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(staging, 'node_modules'), 'dir');
  const out = path.join(staging, 'test.vsix');
  const r = spawnSync('npm', ['run', 'package', '--', '--out', out], { cwd: staging, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * Writes the shipped dist/ files to a folder alone (no node_modules next to them, as in an installed extension),
 * starts `node server.js --stdio` there, and returns its answer to initialize (then shuts it down).
 */
async function initializeShippedServer(files: Record<string, string>): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vsix-server-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const child = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { env: { ...process.env, PRIVACY_ANNOTATIONS_CODE_CACHE_DIR: path.join(dir, 'cache') } });
    const send = (m: object): void => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...m });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const answered = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d;
        if (stdout.includes('"id":1')) resolve(stdout);
      });
      void exited.then((code) => reject(new Error(`the shipped server exited (${code}) before answering: ${stderr}`)));
    });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const answer = await answered;
    send({ id: 2, method: 'shutdown' });
    send({ method: 'exit' });
    assert.equal(await exited, 0, `the shipped server exits cleanly: ${stderr}`);
    return answer;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ALLOWED: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/dist\/(extension|server|typescript)\.js$/,
  /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^extension\/schemas\/[\w.-]+\.schema\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/docs\/walkthrough\/[\w.-]+\.(md|png|svg|gif|jpe?g)$/,
  /^extension\/docs\/images\/icon\.png$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE(\.txt|\.md)?$/,
];

const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/typescript.js',
  'extension/package.nls.json',
  'extension/readme.md',
];

test('the .vsix holds exactly what the extension needs, minified and small', { timeout: 300_000 }, async (t) => {
  const vsix = process.env.VSIX ? path.resolve(process.env.VSIX) : packageInStaging();
  try {
    const zip = fs.readFileSync(vsix);
    const entries = zipEntries(zip);
    const names = entries.map((e) => e.name);
    t.diagnostic(`${path.basename(vsix)}: ${(zip.length / 1024 / 1024).toFixed(2)} MB, ${names.length} files: ${names.join(', ')}`);

    const unexpected = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], 'no file outside the allowlist (source maps, sources, node_modules, tests, CLI...)');
    for (const r of REQUIRED) assert.ok(names.includes(r), `${r} is in the package`);
    if (fs.existsSync(path.join(ROOT, 'LICENSE'))) assert.ok(names.some((n) => /^extension\/LICENSE/.test(n)), 'the license is in the package');
    for (const nls of fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[a-z-]+)?\.json$/.test(f))) {
      assert.ok(names.includes(`extension/${nls}`), `${nls} is in the package`);
    }

    // Every file the manifest points at (main, icon, and any relative path in contributes: grammars,
    // schemas, walkthrough media, icons) is there.
    const manifest = JSON.parse(readEntry(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    const referenced: string[] = [manifest.main, ...(manifest.icon ? [manifest.icon] : []), ...filesIn(manifest.contributes)];
    assert.ok(referenced.length >= 4, `package.json refers to its grammar, schema and media files: ${referenced.join(', ')}`);
    for (const ref of referenced) {
      const name = `extension/${path.posix.normalize(ref).replace(/^\.\//, '')}`;
      assert.ok(names.includes(name), `package.json refers to ${ref}, which is in the package`);
    }
    if (manifest.l10n) assert.ok(names.some((n) => n.startsWith(`extension/${path.posix.normalize(manifest.l10n).replace(/^\.\//, '')}/`)), 'the l10n bundles are in the package');

    // The server bundle and the TypeScript it loads are minified, without source map references; the bundle holds
    // no second copy of TypeScript; and the two, as packaged, start a server that answers initialize.
    const server = entries.find((e) => e.name === 'extension/dist/server.js')!;
    const typescript = entries.find((e) => e.name === 'extension/dist/typescript.js')!;
    assert.ok(server.size < MAX_SERVER_BYTES, `dist/server.js is minified: ${(server.size / 1024 / 1024).toFixed(1)} MB < ${MAX_SERVER_BYTES / 1024 / 1024} MB`);
    assert.ok(typescript.size < MAX_TYPESCRIPT_BYTES, `dist/typescript.js is minified: ${(typescript.size / 1024 / 1024).toFixed(1)} MB < ${MAX_TYPESCRIPT_BYTES / 1024 / 1024} MB`);
    const serverText = readEntry(zip, server).toString('utf8');
    const typescriptText = readEntry(zip, typescript).toString('utf8');
    assert.doesNotMatch(serverText.slice(-200), /sourceMappingURL/, 'no source map reference in the shipped server');
    assert.doesNotMatch(typescriptText.slice(-200), /sourceMappingURL/, 'no source map reference in the shipped TypeScript');
    // One of TypeScript's diagnostic messages: text that minification keeps.
    assert.match(typescriptText, /Unterminated string literal\./, 'dist/typescript.js is TypeScript');
    assert.doesNotMatch(serverText, /Unterminated string literal\./, 'dist/server.js holds no copy of TypeScript');
    assert.match(await initializeShippedServer({ 'server.js': serverText, 'typescript.js': typescriptText }), /"capabilities"/);
    assert.ok(zip.length < MAX_VSIX_BYTES, `the .vsix is ${(zip.length / 1024 / 1024).toFixed(2)} MB < ${MAX_VSIX_BYTES / 1024 / 1024} MB`);
  } finally {
    if (!process.env.VSIX) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  }
});
