/**
 * Collects the JS/TS files to check under some paths: honours .gitignore files (nested ones too),
 * skips node_modules and build output, never follows directory symlinks, and sets aside files too large to check.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'build', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.vscode-test']);
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function isSourceFile(file: string): boolean {
  const lower = file.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !/\.d\.[mc]?ts$/.test(lower);
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

function readIgnore(dir: string): Rules | undefined {
  try {
    const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    return { dir, ig: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function ignored(stack: Rules[], abs: string, isDir: boolean): boolean {
  for (const r of stack) {
    let rel = path.relative(r.dir, abs).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (isDir) rel += '/';
    if (r.ig.ignores(rel)) return true;
  }
  return false;
}

/** .gitignore files from the filesystem root down to `dir` (exclusive), so a subfolder check honours its parents'. */
function ancestorRules(dir: string): Rules[] {
  const chain: Rules[] = [];
  // A repository's own root: the .gitignore files of folders around it are not its rules.
  if (fs.existsSync(path.join(dir, '.git'))) return chain;
  let current = path.dirname(dir);
  for (;;) {
    const r = readIgnore(current);
    if (r) chain.unshift(r);
    if (fs.existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain;
}

export function walk(paths: string[], maxBytes = MAX_FILE_BYTES): WalkResult {
  const result: WalkResult = { files: [], skipped: [] };
  const seen = new Set<string>();
  const addFile = (abs: string, size: number) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    if (size > maxBytes) result.skipped.push({ file: abs, reason: 'too-large', detail: `${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit` });
    else result.files.push(abs);
  };
  let rootReal = '';
  const visitDir = (dir: string, stack: Rules[]) => {
    const own = readIgnore(dir);
    const rules = own ? [...stack, own] : stack;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.skipped.push({ file: dir, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || ignored(rules, abs, true)) continue;
        visitDir(abs, rules);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isSourceFile(entry.name) && !ignored(rules, abs, false)) {
        try {
          // A link may point anywhere: only files inside the folder being checked are read.
          if (entry.isSymbolicLink()) {
            const real = fs.realpathSync(abs);
            if (!real.startsWith(rootReal + path.sep)) {
              result.skipped.push({ file: abs, reason: 'outside', detail: `a link to ${real}, outside the folder being checked` });
              continue;
            }
          }
          const stat = fs.statSync(abs);
          if (stat.isFile()) addFile(abs, stat.size);
        } catch (e) {
          result.skipped.push({ file: abs, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) });
        }
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      result.skipped.push({ file: abs, reason: 'not-found', detail: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      rootReal = fs.realpathSync(abs);
      visitDir(abs, ancestorRules(abs));
    }
    else if (isSourceFile(abs)) addFile(abs, stat.size);
    else result.skipped.push({ file: abs, reason: 'not-source', detail: `not a JS/TS file (${SOURCE_EXTENSIONS.join(' ')})` });
  }
  result.files.sort();
  return result;
}
