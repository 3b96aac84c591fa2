/**
 * Collects the JS/TS files to check under some paths from one listing per folder: honours .gitignore files (nested
 * ones too), skips node_modules, build output and Yarn's own files (.yarn: its releases, plugins and cache), never
 * follows directory symlinks, and sets aside links leading outside and named files too large to check (a listed
 * file's size is checked when it is read).
 */
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { exists, type Host, type HostError } from '../host';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'build', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.vscode-test', '.yarn']);
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function isSourceFile(file: string): boolean {
  const lower = file.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !/\.d\.[mc]?ts$/.test(lower);
}

/** Why a file is set aside for its size, e.g. "2.4 MB, over the 2 MB limit". */
export function tooLargeDetail(size: number, maxBytes = MAX_FILE_BYTES): string {
  return `${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit`;
}

export interface SkippedFile {
  file: string;
  reason: 'too-large' | 'unreadable' | 'not-found' | 'not-source' | 'outside';
  detail: string;
}

export interface WalkResult {
  files: string[];
  skipped: SkippedFile[];
}

interface Rules {
  dir: string;
  ig: Ignore;
}

function readIgnore(host: Host, dir: string): Rules | undefined {
  const read = host.readFile(path.join(dir, '.gitignore'), MAX_FILE_BYTES);
  return 'text' in read ? { dir, ig: ignore().add(read.text) } : undefined;
}

/** A .gitignore's rules, with the path from its folder to the folder being listed ('' or ending in '/'). */
interface InForce {
  ig: Ignore;
  at: string;
}

/** The rules of a folder's children: the path from each .gitignore's folder grows by one name. */
function descend(stack: InForce[], name: string): InForce[] {
  return stack.map((r) => ({ ig: r.ig, at: `${r.at}${name}/` }));
}

function ignored(stack: InForce[], name: string, isDir: boolean): boolean {
  for (const r of stack) if (r.ig.ignores(isDir ? `${r.at}${name}/` : r.at + name)) return true;
  return false;
}

/** .gitignore files from the filesystem root down to `dir` (exclusive), so a subfolder check honours its parents'. */
function ancestorRules(host: Host, dir: string): Rules[] {
  const chain: Rules[] = [];
  // A repository's own root: the .gitignore files of folders around it are not its rules.
  if (exists(host, path.join(dir, '.git'))) return chain;
  let current = path.dirname(dir);
  for (;;) {
    const r = readIgnore(host, current);
    if (r) chain.unshift(r);
    if (exists(host, path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain;
}

export function walk(host: Host, paths: string[], maxBytes = MAX_FILE_BYTES): WalkResult {
  const result: WalkResult = { files: [], skipped: [] };
  const seen = new Set<string>();
  // A size is known for the paths given and for links (their stat says what they point to); a listed file is
  // measured when it is read (Host.readFile answers too-large), so the walk makes no system call per file.
  const addFile = (abs: string, size?: number) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    if (size !== undefined && size > maxBytes) result.skipped.push({ file: abs, reason: 'too-large', detail: tooLargeDetail(size, maxBytes) });
    else result.files.push(abs);
  };
  let rootReal = '';
  const unreadable = (file: string, e: HostError): void => {
    result.skipped.push({ file, reason: 'unreadable', detail: e.error });
  };
  // Paths are built once per entry; ignore rules are matched against paths grown one folder at a time.
  const visitDir = (dir: string, stack: InForce[]) => {
    const entries = host.list(dir);
    if ('error' in entries) return unreadable(dir, entries);
    // The listing says whether there is a .gitignore to read: most folders have none.
    const own = entries.some((e) => e.name === '.gitignore') ? readIgnore(host, dir) : undefined;
    const rules = own ? [...stack, { ig: own.ig, at: '' }] : stack;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.kind === 'directory') {
        if (SKIPPED_DIRS.has(entry.name) || ignored(rules, entry.name, true)) continue;
        visitDir(abs, descend(rules, entry.name));
      } else if ((entry.kind === 'file' || entry.kind === 'symlink') && isSourceFile(entry.name) && !ignored(rules, entry.name, false)) {
        if (entry.kind === 'file') {
          addFile(abs);
          continue;
        }
        // A link may point anywhere: only files inside the folder being checked are read.
        const real = host.realPath(abs);
        if (typeof real !== 'string') {
          unreadable(abs, real);
          continue;
        }
        if (!real.startsWith(rootReal + path.sep)) {
          result.skipped.push({ file: abs, reason: 'outside', detail: `a link to ${real}, outside the folder being checked` });
          continue;
        }
        const stat = host.stat(abs);
        if ('error' in stat) unreadable(abs, stat);
        else if (stat.kind === 'file') addFile(abs, stat.size);
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(p);
    const stat = host.stat(abs);
    if ('error' in stat) {
      result.skipped.push({ file: abs, reason: 'not-found', detail: 'no such file or directory' });
      continue;
    }
    if (stat.kind === 'directory') {
      const real = host.realPath(abs);
      rootReal = typeof real === 'string' ? real : abs;
      const at = (r: Rules) => path.relative(r.dir, abs).split(path.sep).join('/') + '/';
      visitDir(abs, ancestorRules(host, abs).map((r) => ({ ig: r.ig, at: at(r) })));
    }
    else if (isSourceFile(abs)) addFile(abs, stat.size);
    else result.skipped.push({ file: abs, reason: 'not-source', detail: `not a JS/TS file (${SOURCE_EXTENSIONS.join(' ')})` });
  }
  result.files.sort();
  return result;
}
