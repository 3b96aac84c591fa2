/**
 * Bundles the parts of the product the harness measures in-process (the engine, and the CLI's file walk alone),
 * each with Node's host (the engine reads files only through one), from server/src with esbuild into bench/.build/.
 * Read-only use of product code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { BENCH_DIR } from '../generate.mjs';

const require = createRequire(import.meta.url);
export const BUILD_DIR = path.join(BENCH_DIR, '.build');
export const ENGINE_BUNDLE = path.join(BUILD_DIR, 'engine.cjs');
export const WALK_BUNDLE = path.join(BUILD_DIR, 'walk.cjs');

export function buildHelpers() {
  const esbuild = require('esbuild');
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: true };
  esbuild.buildSync({
    ...common,
    stdin: {
      contents: [
        "export * from '../server/src/engine/index';",
        "export { Project } from '../server/src/engine/xref/reaching';",
        "export { nodeHost } from '../server/src/runtime/nodeHost';",
      ].join('\n'),
      resolveDir: BENCH_DIR,
      loader: 'ts',
      sourcefile: 'bench-engine.ts',
    },
    outfile: ENGINE_BUNDLE,
  });
  esbuild.buildSync({
    ...common,
    stdin: { contents: "export { walk } from '../server/src/engine/workspace/walk';\nexport { nodeHost } from '../server/src/runtime/nodeHost';", resolveDir: BENCH_DIR, loader: 'ts', sourcefile: 'bench-walk.ts' },
    outfile: WALK_BUNDLE,
  });
  return { engine: ENGINE_BUNDLE, walk: WALK_BUNDLE };
}
