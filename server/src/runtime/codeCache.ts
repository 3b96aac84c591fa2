/**
 * Loads a large CommonJS file (dist/typescript.js) through a V8 code cache, as the npm package v8-compile-cache
 * did and as Node 22's `module.enableCompileCache()` does (we support Node 20): the first process compiles the
 * source and, after its work, saves V8's compiled code with `script.createCachedData()`; later processes hand
 * that to `new vm.Script(..., { cachedData })` and skip most of the compilation.
 *
 * The cache is an optimisation only. A missing, stale (another Node or V8, another build of the file), corrupt
 * or unwritable cache never changes the result and never prints: the file is compiled as without a cache.
 *
 * A cache file is `<8-byte magic><SHA-256 of the payload><V8 cached data>`. V8 rejects data of another V8
 * version, other flags or another source length by itself (`cachedDataRejected`), but release builds do not
 * checksum the payload, so a damaged file is caught by our own hash before V8 ever sees it. Files are written to
 * a temporary name and renamed, so concurrent processes see either no file or a whole one.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module = require('node:module');

const MAGIC = Buffer.from('PAV8CC01', 'latin1');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + HASH_BYTES;
/** Temporary files older than this were left by a process that died while writing; they are removed. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * What happened to the cache at load time: `disabled` (by option), `none` (no cache file), `accepted` (V8 used
 * it), `rejected` (V8 refused it: another Node, V8 or flags), `invalid` (a damaged file, not given to V8),
 * `unstable` (the file changed while it was read; no cache is read or written for it).
 */
export type CacheStatus = 'disabled' | 'none' | 'accepted' | 'rejected' | 'invalid' | 'unstable';

export interface CodeCacheOptions {
  /**
   * Folders for the cache, in order of preference: the first that holds a valid cache is read; a new cache is
   * written to the first one that can be written (created if missing). A folder under os.tmpdir() is created
   * private to the user (0700), and used only if it is a real folder owned by the user that nobody else can
   * write to.
   */
  dirs: string[];
  /** Load the file without a cache (and never write one). */
  disabled?: boolean;
  /**
   * Called with the module's exports just before the cache is written, to compile the functions later
   * processes will need (V8 compiles functions lazily, on first call; only compiled ones go into the cache).
   */
  warmUp?: (exports: unknown) => void;
}

export interface LoadedModule<T> {
  exports: T;
  status: CacheStatus;
  /** The cache file for this source and this Node (whether or not it exists). */
  cacheName: string;
  /**
   * Saves the cache unless V8 accepted the one it was given or it was disabled; at most once per process.
   * Returns the file written, or undefined. Never throws.
   */
  writeCache(): string | undefined;
}

/** The folder under os.tmpdir() used when the preferred folder cannot be written. */
export function tempCacheDir(): string {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : safeUserName();
  return path.join(os.tmpdir(), `privacy-annotations-v8-cache-${user}`);
}

function safeUserName(): string {
  try {
    return os.userInfo().username.replace(/[^\w.-]/g, '_') || 'user';
  } catch {
    return 'user';
  }
}

function shortHash(...parts: (string | number)[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

/** Reads a file and the state it had, or 'unstable' when it changed while being read (a build writing it). */
function readStable(file: string): { text: string; stat: fs.Stats } | 'unstable' {
  const fd = fs.openSync(file, 'r');
  try {
    const before = fs.fstatSync(fd);
    const buf = Buffer.allocUnsafe(before.size);
    let read = 0;
    while (read < buf.length) {
      const n = fs.readSync(fd, buf, read, buf.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const after = fs.fstatSync(fd);
    if (read !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) return 'unstable';
    return { text: buf.toString('utf8'), stat: before };
  } finally {
    fs.closeSync(fd);
  }
}

/** The payload of a cache file whose magic and hash are right, else undefined. */
export function cachePayload(buf: Buffer): Buffer | undefined {
  if (buf.length <= HEADER_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = buf.subarray(HEADER_BYTES);
  const hash = crypto.createHash('sha256').update(payload).digest();
  return hash.equals(buf.subarray(MAGIC.length, HEADER_BYTES)) ? payload : undefined;
}

function cacheFileContent(payload: Buffer): Buffer {
  return Buffer.concat([MAGIC, crypto.createHash('sha256').update(payload).digest(), payload]);
}

function isTempDir(dir: string): boolean {
  const rel = path.relative(os.tmpdir(), dir);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Whether a folder may hold the cache: anyone who can write the cache can run code in our process, so a folder
 * in the shared temporary directory must be ours and closed to others (not a link someone else planted).
 */
function trustedDir(dir: string, create: boolean): boolean {
  const shared = isTempDir(dir);
  if (create) fs.mkdirSync(dir, { recursive: true, mode: shared ? 0o700 : 0o777 });
  if (!shared || typeof process.getuid !== 'function') return true;
  const st = fs.lstatSync(dir);
  return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

function readCache(dir: string, name: string): Buffer | 'invalid' | undefined {
  let buf: Buffer;
  try {
    if (!trustedDir(dir, false)) return undefined;
    buf = fs.readFileSync(path.join(dir, name));
  } catch {
    return undefined;
  }
  return cachePayload(buf) ?? 'invalid';
}

/**
 * Removes, in one folder, the caches of earlier builds of the same file (same place, another size, date or inode;
 * any runtime) and temporary files abandoned by processes that died while writing.
 */
function removeStale(dir: string, prefix: string, build: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const [b, runtime, ext, ...rest] = n.slice(prefix.length).split('.');
    const f = path.join(dir, n);
    try {
      if (ext === 'v8cache' && rest.length === 0 && runtime && b !== build) fs.unlinkSync(f);
      else if (n.endsWith('.tmp') && now - fs.statSync(f).mtimeMs > STALE_TEMP_MS) fs.unlinkSync(f);
    } catch {
      /* another process got there first */
    }
  }
}

function writeAtomically(dir: string, name: string, content: Buffer): string | undefined {
  let tmp: string | undefined;
  try {
    if (!trustedDir(dir, true)) return undefined;
    const target = path.join(dir, name);
    tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
    fs.renameSync(tmp, target);
    tmp = undefined;
    return target;
  } catch {
    return undefined;
  } finally {
    if (tmp) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
  }
}

/**
 * Loads a CommonJS file like `require` does (own module object, `require` resolving next to it, entered in
 * require.cache), compiling it with a V8 code cache from `options.dirs` when there is a valid one.
 */
export function loadWithCodeCache<T = unknown>(file: string, options: CodeCacheOptions): LoadedModule<T> {
  file = path.resolve(file);
  const read = options.disabled ? undefined : readStable(file);
  if (read === undefined || read === 'unstable') {
    const exports = Module.createRequire(file)(file) as T;
    return { exports, status: read === 'unstable' ? 'unstable' : 'disabled', cacheName: '', writeCache: () => undefined };
  }
  const { stat } = read;
  // Node strips a #! line before compiling; so do we (keeping line numbers).
  const text = read.text.startsWith('#!') ? `//${read.text}` : read.text;
  const base = path.basename(file);
  // <file>.<where>.<which build>.<which runtime>.v8cache: caches of other builds at the same place are removed
  // on write; those of other runtimes (VS Code's Node and a terminal's Node sharing dist/) are kept.
  const prefix = `${base}.${shortHash(file)}.`;
  const build = shortHash(stat.size, stat.mtimeMs, stat.ino);
  const cacheName = `${prefix}${build}.${shortHash(process.version, process.arch, process.versions.v8)}.v8cache`;

  let cachedData: Buffer | undefined;
  let from: string | undefined;
  let invalid = false;
  for (const dir of options.dirs) {
    const c = readCache(dir, cacheName);
    if (c === 'invalid') invalid = true;
    else if (c) {
      cachedData = c;
      from = dir;
      break;
    }
  }

  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n});`, { filename: file, cachedData });
  const mod = new Module(file);
  mod.filename = file;
  const req = Module.createRequire(file);
  const nodeModulePaths = (Module as unknown as { _nodeModulePaths?(dir: string): string[] })._nodeModulePaths;
  if (typeof nodeModulePaths === 'function') mod.paths = nodeModulePaths(path.dirname(file)); // for module.require
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: Module, f: string, d: string) => void;
  req.cache[file] = mod;
  try {
    wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  } catch (e) {
    delete req.cache[file];
    throw e;
  }
  mod.loaded = true;

  const status: CacheStatus = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : invalid ? 'invalid' : 'none';
  let written = false;
  return {
    exports: mod.exports as T,
    status,
    cacheName,
    writeCache(): string | undefined {
      if (written || status === 'accepted') return undefined;
      written = true;
      try {
        if (options.warmUp) {
          try {
            options.warmUp(mod.exports);
          } catch {
            /* a warm-up is best effort */
          }
        }
        const data = script.createCachedData();
        if (data.length === 0) return undefined;
        const content = cacheFileContent(data);
        const dirs = from ? [from, ...options.dirs.filter((d) => d !== from)] : options.dirs;
        for (const dir of dirs) {
          const target = writeAtomically(dir, cacheName, content);
          if (target) {
            removeStale(dir, prefix, build);
            return target;
          }
        }
      } catch {
        /* no cache this time */
      }
      return undefined;
    },
  };
}
