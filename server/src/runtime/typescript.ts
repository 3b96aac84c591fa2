/**
 * What `typescript` resolves to in the esbuild bundles (dist/cli.js, dist/server.js: `--alias` in package.json's
 * build script). TypeScript is built once, as dist/typescript.js next to them, instead of inside each bundle, and
 * compiled through a V8 code cache (./codeCache), which cuts the ~140 ms V8 spends compiling it at every start to
 * a fraction. The engine keeps `import ts = require('typescript')`; tsc-compiled code (out/, the tests) still gets
 * node_modules' TypeScript and never this file.
 *
 * The cache lives in dist/.cache/ (or PRIVACY_ANNOTATIONS_CODE_CACHE_DIR), else in a private folder under the
 * system's temporary directory, else nowhere. PRIVACY_ANNOTATIONS_NO_CODE_CACHE=1 loads TypeScript without one.
 * It is written once per build of dist/typescript.js and Node version, after the work: at exit (the CLI, or the
 * language server told to exit), or WRITE_AFTER_MS after start when the process is still running (the language
 * server, whose client may end it without an exit), whichever comes first; by the main thread only.
 */
import type * as TS from 'typescript';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { loadWithCodeCache, tempCacheDir } from './codeCache';

const WRITE_AFTER_MS = 10_000;

/** Exercises what the engine uses (parser with JSDoc and parent pointers, tree walks, scanner), so it is in the cache. */
function warmUp(exports: unknown): void {
  const ts = exports as typeof TS;
  const sources: [string, string, TS.ScriptKind][] = [
    [
      'warm.ts',
      [
        "import { a } from './a';",
        'export interface Customer {',
        '  /** @personalData contact.phone purpose=account retention=3y */',
        '  phone?: string;',
        '  tags: readonly string[] | undefined;',
        '}',
        'export type Id = `id-${number}` | { id: number };',
        'enum Kind { A = 1, B }',
        'declare namespace N { const x: number; }',
        'export abstract class Service<T extends object = {}> implements Iterable<T> {',
        '  private readonly items = new Map<string, T>();',
        '  #secret = 0;',
        '  constructor(protected name: string) {}',
        '  /** @crossBorder SG recipient=acme mechanism=standard-contract */',
        '  async send(c: Customer, ...rest: unknown[]): Promise<void> { for (const x of rest) if (x as number > 1) await a(x satisfies unknown); }',
        '  get size(): number { return this.items.size; }',
        '  *[Symbol.iterator](): Iterator<T> { yield* this.items.values(); }',
        '}',
        'export default function f(p: Customer = { tags: [] }): Id { const { phone = "", ...o } = p; return phone ? `id-${1}` : { id: o.tags?.length ?? 0 }; }',
        'label: while (true) { try { break label; } catch (e) { throw e; } finally { /* x */ } }',
        'switch (1 as Kind) { case Kind.A: break; default: }',
        'const re = /a+b/g, n = 0x1f + 1e3 + 1n ? 2 : 3, arrow = async <U,>(u: U) => u;',
      ].join('\n'),
      ts.ScriptKind.TS,
    ],
    [
      'warm.jsx',
      [
        "const React = require('react');",
        '/** @param {{ name: string }} props @personalData identity.name */',
        'export function View(props) { return <div className="a" {...props}>{props.name}<>x</></div>; }',
        'module.exports = { View };',
      ].join('\n'),
      ts.ScriptKind.JSX,
    ],
  ];
  for (const [name, text, kind] of sources) {
    const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
    const visit = (node: TS.Node): void => {
      ts.getJSDocTags(node);
      ts.getLeadingCommentRanges(text, node.pos);
      ts.getTrailingCommentRanges(text, node.end);
      ts.forEachChild(node, visit);
    };
    visit(sf);
    ts.updateSourceFile(sf, `${text} `, { span: { start: text.length, length: 0 }, newLength: 1 });
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
    while (scanner.scan() !== ts.SyntaxKind.EndOfFileToken);
  }
}

const env = process.env;
const dirs = [env.PRIVACY_ANNOTATIONS_CODE_CACHE_DIR || path.join(__dirname, '.cache'), tempCacheDir()];
const loaded = loadWithCodeCache<typeof TS>(path.join(__dirname, 'typescript.js'), {
  dirs,
  disabled: env.PRIVACY_ANNOTATIONS_NO_CODE_CACHE === '1' || env.PRIVACY_ANNOTATIONS_NO_CODE_CACHE === 'true',
  warmUp,
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

export = loaded.exports;
