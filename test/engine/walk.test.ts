/**
 * Which files the walk collects, on workspaces in memory: the same rules test/cli/walk.test.ts checks through the
 * command line on disk, plus links, refusals and what the walk reads.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { MAX_FILE_BYTES, PolicyCache, rememberingListings, walk, type WalkResult } from '../../server/src/engine/index';
import { MemoryHost } from '../memoryHost';

const ROOT = '/ws';
const abs = (rel: string) => path.join(ROOT, rel);

/** The files found and the files set aside, relative to the workspace (outside it: absolute). */
function rel(r: WalkResult) {
  const show = (f: string) => (f.startsWith(ROOT + '/') ? f.slice(ROOT.length + 1) : f);
  return { files: r.files.map(show), skipped: r.skipped.map((s) => `${show(s.file)} ${s.reason}: ${s.detail}`) };
}

describe('the walk', () => {
  test('the eight source extensions are collected, declarations and other files are not, in sorted order', () => {
    const host = new MemoryHost(
      Object.fromEntries(['z.ts', 'a.tsx', 'b.mts', 'c.cts', 'd.js', 'e.jsx', 'f.mjs', 'g.cjs', 'types.d.ts', 'G.D.MTS', 'data.json', 'App.vue', 'old.ts.bak'].map((f) => [`src/${f}`, ''])),
      ROOT,
    );
    assert.deepEqual(rel(walk(host, [ROOT])), { files: ['src/a.tsx', 'src/b.mts', 'src/c.cts', 'src/d.js', 'src/e.jsx', 'src/f.mjs', 'src/g.cjs', 'src/z.ts'], skipped: [] });
  });

  test('.gitignore files are honoured, nested ones within their folder only, with negation', () => {
    const host = new MemoryHost(
      {
        '.gitignore': '/ignored.ts\ngenerated/\n*.gen.ts\n',
        'kept.ts': '',
        'ignored.ts': '',
        'generated/g.ts': '',
        'src/api.gen.ts': '',
        'src/api.ts': '',
        'pkg/.gitignore': 'local.ts\n*.tmp.ts\n!keep.tmp.ts\n',
        'pkg/local.ts': '',
        'pkg/deep/local.ts': '',
        'pkg/scratch.tmp.ts': '',
        'pkg/keep.tmp.ts': '',
        'local.ts': '',
      },
      ROOT,
    );
    assert.deepEqual(rel(walk(host, [ROOT])).files, ['kept.ts', 'local.ts', 'pkg/keep.tmp.ts', 'src/api.ts']);
  });

  test("a subfolder honours its parents' .gitignore up to the repository root, and none above it", () => {
    const host = new MemoryHost({ '/.gitignore': 'main.ts\n', '/ws/.git/': '', '/ws/.gitignore': 'secret.ts\n', '/ws/app/secret.ts': '', '/ws/app/main.ts': '' });
    assert.deepEqual(rel(walk(host, [abs('app')])).files, ['app/main.ts']);
  });

  test('a .gitignore is read only in the folders whose listing shows one', () => {
    const files: Record<string, string> = { '.gitignore': 'x.ts\n', 'a/.gitignore': 'y.ts\n' };
    for (const d of ['a', 'b', 'c', 'a/d', 'b/e']) files[`${d}/f.ts`] = '';
    const host = new MemoryHost(files, ROOT);
    walk(host, [ROOT]);
    assert.equal(host.reads, 3, 'the two .gitignore files, and the one a folder above might hold; source files are only listed');
  });

  test('node_modules, build output and Yarn\'s own files are skipped at any depth', () => {
    const files: Record<string, string> = { 'src/index.ts': '' };
    for (const d of ['node_modules/pkg', 'src/node_modules/x', 'dist', 'build', 'out', 'coverage', 'packages/a/dist', '.next/server', '.git/hooks', '.yarn/plugins/@yarnpkg', '.yarn/releases']) files[`${d}/bundle.js`] = '';
    assert.deepEqual(rel(walk(new MemoryHost(files, ROOT), [ROOT])), { files: ['src/index.ts'], skipped: [] });
  });

  test('listed files are collected from the listing alone, with no stat each; their size is checked when read', () => {
    const host = new MemoryHost({ '.git/': '', 'big.ts': 'x'.repeat(MAX_FILE_BYTES + 200_000), 'edge.ts': 'x'.repeat(MAX_FILE_BYTES), 'src/a.ts': '', 'src/b.ts': '' }, ROOT);
    assert.deepEqual(rel(walk(host, [ROOT])), { files: ['big.ts', 'edge.ts', 'src/a.ts', 'src/b.ts'], skipped: [] });
    assert.equal(host.stats, 2, 'the path given and its .git (a repository root?) are asked about; the four files are not');
    assert.deepEqual(host.readFile(abs('big.ts'), MAX_FILE_BYTES), { problem: 'too-large', size: MAX_FILE_BYTES + 200_000 });
  });

  test('after a walk, policy discovery asks the host only about names the listings hold', () => {
    const inner = new MemoryHost({ 'privacy-policy.yaml': 'version: 1\n', 'a/b/c.ts': '', 'a/d.ts': '' }, ROOT);
    const host = rememberingListings(inner);
    assert.deepEqual(rel(walk(host, [ROOT])).files, ['a/b/c.ts', 'a/d.ts']);
    const stats = inner.stats;
    assert.equal(new PolicyCache(host).policyFileFor(abs('a/b/c.ts')), abs('privacy-policy.yaml'));
    assert.equal(inner.stats - stats, 1, 'a/b and a hold no policy file and no .git: their listings say so; the policy at the root is asked');
    assert.deepEqual(host.readFile(abs('a/e.ts'), MAX_FILE_BYTES), { problem: 'missing', error: 'ENOENT' });
    assert.deepEqual(host.readFile(abs('a/d.ts'), MAX_FILE_BYTES), { text: '' });
  });

  test('a file named over 2 MB is set aside with its size; one at the limit is collected', () => {
    const host = new MemoryHost({ 'big.ts': 'x'.repeat(MAX_FILE_BYTES + 200_000), 'edge.ts': 'x'.repeat(MAX_FILE_BYTES) }, ROOT);
    assert.deepEqual(rel(walk(host, [abs('big.ts'), abs('edge.ts')])), { files: ['edge.ts'], skipped: ['big.ts too-large: 2.2 MB, over the 2 MB limit'] });
  });

  test('links: to a file inside are collected, to one outside are set aside, loops and dangling ones are named', () => {
    const host = new MemoryHost({ '/ws/src/real.ts': '', '/elsewhere/secret.ts': '' })
      .link(abs('src/inside.ts'), 'real.ts')
      .link(abs('src/leak.ts'), '/elsewhere/secret.ts')
      .link(abs('src/self.ts'), 'self.ts')
      .link(abs('src/gone.ts'), 'nothing.ts')
      .link(abs('src/loop'), '.');
    assert.deepEqual(rel(walk(host, [ROOT])), {
      files: ['src/inside.ts', 'src/real.ts'],
      skipped: ['src/gone.ts unreadable: ENOENT', 'src/leak.ts outside: a link to /elsewhere/secret.ts, outside the folder being checked', 'src/self.ts unreadable: ELOOP'],
    });
  });

  test('a folder that cannot be listed is named, and the rest is collected', () => {
    const host = new MemoryHost({ 'locked/a.ts': '', 'open/b.ts': '' }, ROOT).refuse(abs('locked'), 'EACCES');
    assert.deepEqual(rel(walk(host, [ROOT])), { files: ['open/b.ts'], skipped: ['locked unreadable: EACCES'] });
  });

  test('paths may name files and folders, each file once; missing paths and other files are named', () => {
    const host = new MemoryHost({ 'a.ts': '', 'lib/c.ts': '', 'lib/d.ts': '', 'README.md': '' }, ROOT);
    assert.deepEqual(rel(walk(host, [abs('a.ts'), abs('lib'), abs('lib/c.ts'), abs('a.ts'), abs('nope'), abs('README.md')])), {
      files: ['a.ts', 'lib/c.ts', 'lib/d.ts'],
      skipped: ['nope not-found: no such file or directory', 'README.md not-source: not a JS/TS file (.ts .tsx .mts .cts .js .jsx .mjs .cjs)'],
    });
  });
});
