/**
 * What `typescript` resolves to in the esbuild bundles (dist/cli.js, dist/server.js: `--alias` in package.json's
 * build script). TypeScript is built once, as dist/typescript.js next to them, instead of inside each bundle, and
 * compiled through a V8 code cache (./codeCache), which cuts the ~140 ms V8 spends compiling it at every start to
 * a fraction. It is loaded when a module first reads a name from it, not at start: a run whose files need no parse
 * (no tag, no outbound call) never loads it, so engine modules read nothing from `ts` while they load (a test in
 * test/runtime/bundles.test.ts fails if one does). The engine keeps `import ts = require('typescript')`;
 * tsc-compiled code (out/, the tests) still gets node_modules' TypeScript and never this file.
 *
 * The cache lives in dist/.cache/ (or PRIVACY_ANNOTATIONS_CODE_CACHE_DIR), else in a private folder under the
 * system's temporary directory, else nowhere. PRIVACY_ANNOTATIONS_NO_CODE_CACHE=1 loads TypeScript without one.
 * It is written once per build of dist/typescript.js and Node version, after the work: at exit (the CLI, or the
 * language server told to exit), or WRITE_AFTER_MS after loading it when the process is still running (the language
 * server, whose client may end it without an exit), whichever comes first; by the main thread only.
 */
import type * as TS from 'typescript';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { loadWithCodeCache, tempCacheDir } from './codeCache';
import { warmUpTypeScript } from './warmUp';

const WRITE_AFTER_MS = 10_000;

const file = path.join(__dirname, 'typescript.js');
if (file === __filename) throw new Error('server/src/runtime/typescript is what `typescript` resolves to in the esbuild bundles only');
const env = process.env;
const dirs = [env.PRIVACY_ANNOTATIONS_CODE_CACHE_DIR || path.join(__dirname, '.cache'), tempCacheDir()];
/** Loads TypeScript (once) and writes its code cache when it was not used. */
function load(): typeof TS {
  const loaded = loadWithCodeCache<typeof TS>(file, {
    dirs,
    disabled: env.PRIVACY_ANNOTATIONS_NO_CODE_CACHE === '1' || env.PRIVACY_ANNOTATIONS_NO_CODE_CACHE === 'true',
    warmUp: (ts) => warmUpTypeScript(ts as typeof TS),
  });
  // Worker threads (the CLI's --concurrency) load the same bundle and read the cache; only the main thread writes it.
  if (isMainThread && loaded.status !== 'accepted' && loaded.status !== 'disabled' && loaded.status !== 'unstable') {
    const write = (): void => {
      process.removeListener('exit', write);
      clearTimeout(timer);
      loaded.writeCache();
    };
    process.on('exit', write);
    const timer = setTimeout(write, WRITE_AFTER_MS);
    timer.unref();
  }
  return loaded.exports;
}

/**
 * TypeScript on first use: a run whose files hold no tag and no outbound call never parses, and need not load 9 MB.
 * The namespace every module holds starts empty over a prototype that loads TypeScript when any name is first read,
 * then copies every export onto the namespace itself, so that later reads are plain property reads.
 */
const namespace = Object.create(
  new Proxy(
    {},
    {
      // Answered from TypeScript itself: a name it does not export must not come back to this prototype.
      get: (_target, key) => fill()[key],
      has: (_target, key) => key in fill(),
    },
  ),
) as typeof TS;
let loaded: Record<string | symbol, unknown> | undefined;
function fill(): Record<string | symbol, unknown> {
  if (!loaded) {
    loaded = load() as unknown as Record<string | symbol, unknown>;
    for (const key of Object.keys(loaded)) Object.defineProperty(namespace, key, { value: loaded[key], enumerable: true });
  }
  return loaded;
}

export = namespace;
