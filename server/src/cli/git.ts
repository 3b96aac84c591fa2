/**
 * The little git the CLI needs for --changed-since: which lines of which files changed since a commit
 * (working tree against that commit, renames followed, untracked files counted as wholly new), and what a
 * file said at that commit. git runs without a shell (execFileSync), and nothing here writes to the repository.
 */
import { execFileSync } from 'node:child_process';
import type { Lang } from './report';

/** A problem with git or the repository: one line, exit code 2. */
export class GitError extends Error {
  constructor(
    message: string,
    /** git itself could not be run. */
    readonly gitMissing = false,
  ) {
    super(message);
  }
}

/** Changed lines of one file (1-based), or 'all' for a file that did not exist at the base. */
export type ChangedLines = Set<number> | 'all';

export interface Diff {
  /** Repository-relative paths ('/') of files with changes, and their added or modified lines (none when only lines were deleted). */
  lines: Map<string, ChangedLines>;
  /** Repository-relative new path -> old path, for renamed files. */
  renamedFrom: Map<string, string>;
}

/** Enough for the largest diffs a CI run meets (the default, 1 MiB, is not). */
const MAX_BUFFER = 1024 * 1024 * 1024;

export class Git {
  constructor(
    readonly cwd: string,
    readonly lang: Lang,
  ) {}

  /** Runs git; returns stdout, throws GitError with git's first line of stderr. */
  run(args: string[], opts: { cwd?: string; input?: string } = {}): string {
    try {
      return execFileSync('git', args, {
        cwd: opts.cwd ?? this.cwd,
        encoding: 'utf8',
        maxBuffer: MAX_BUFFER,
        input: opts.input ?? '',
        stdio: ['pipe', 'pipe', 'pipe'],
        // No optional locks: a check must not contend with the user's own git commands (or a hook's).
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: string; status?: number };
      if (err.code === 'ENOENT') {
        throw new GitError(this.lang === 'zh' ? '--changed-since 需要 git，但在 PATH 中找不到 git。' : '--changed-since needs git, and git was not found on PATH.', true);
      }
      const first = String(err.stderr ?? '').split('\n').find((l) => l.trim()) ?? `git ${args[0]} exited with ${err.status}`;
      throw new GitError(first.replace(/^(fatal|error): /, '').trim());
    }
  }

  /** Like run, but undefined instead of an error (for questions whose answer may be "no"). */
  tryRun(args: string[], opts: { cwd?: string; input?: string } = {}): string | undefined {
    try {
      return this.run(args, opts);
    } catch (e) {
      if (e instanceof GitError && e.gitMissing) throw e;
      return undefined;
    }
  }
}

/**
 * The diff of `base` (a commit or tree) to the working tree, with zero lines of context, plus untracked files.
 * `top` is the repository's top level; paths are relative to it.
 */
export function changesSince(git: Git, base: string, top: string): Diff {
  const patch = git.run(
    [
      '-c', 'core.quotePath=false',
      'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative',
      '--src-prefix=a/', '--dst-prefix=b/', '-M', '--ignore-submodules',
      base, '--',
    ],
    { cwd: top },
  );
  const diff = parseUnifiedDiff(patch);
  const untracked = git.run(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: top });
  for (const file of untracked.split('\0')) if (file) diff.lines.set(file, 'all');
  return diff;
}

/** Parses `git diff --unified=0` output: the new side's added lines per file, and renames. */
export function parseUnifiedDiff(patch: string): Diff {
  const lines = new Map<string, ChangedLines>();
  const renamedFrom = new Map<string, string>();
  const text = patch.split('\n');
  let current: { oldPath?: string; newPath?: string; renameFrom?: string; renameTo?: string } | undefined;
  const finish = () => {
    if (!current) return;
    const to = current.newPath ?? current.renameTo;
    const from = current.renameFrom ?? current.oldPath;
    if (current.renameFrom && current.renameTo) {
      renamedFrom.set(current.renameTo, current.renameFrom);
      if (!lines.has(current.renameTo)) lines.set(current.renameTo, new Set());
    }
    else if (to && from && to !== from) renamedFrom.set(to, from);
    current = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const line = text[i];
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      finish();
      current = {};
      continue;
    }
    if (!current) continue;
    if (line.startsWith('rename from ')) current.renameFrom = unquote(line.slice('rename from '.length));
    else if (line.startsWith('rename to ')) current.renameTo = unquote(line.slice('rename to '.length));
    else if (line.startsWith('--- ')) current.oldPath = stripPrefix(unquote(line.slice(4)), 'a/');
    else if (line.startsWith('+++ ')) {
      current.newPath = stripPrefix(unquote(line.slice(4)), 'b/');
      // Changed, even if only by deleting lines: a policy file's old version is then worth comparing.
      if (current.newPath !== undefined && !lines.has(current.newPath)) lines.set(current.newPath, new Set());
    }
    else if (line.startsWith('@@')) {
      const m = /^@@+ (?:-\d+(?:,(\d+))? )+\+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const oldCount = m[1] === undefined ? 1 : Number(m[1]);
      const start = Number(m[2]);
      const count = m[3] === undefined ? 1 : Number(m[3]);
      const file = current.newPath;
      if (file !== undefined && count > 0) {
        let set = lines.get(file);
        if (set === undefined) lines.set(file, (set = new Set()));
        if (set !== 'all') for (let n = start; n < start + count; n++) set.add(n);
      }
      // Skip the hunk's own lines, so that content looking like a header ("+++ b/x", "diff --git") is not read as one.
      let removed = 0;
      let added = 0;
      while (i + 1 < text.length && (removed < oldCount || added < count || text[i + 1].startsWith('\\'))) {
        const next = text[i + 1];
        if (next.startsWith('-')) removed++;
        else if (next.startsWith('+')) added++;
        else if (!next.startsWith('\\')) break;
        i++;
      }
    }
  }
  finish();
  lines.delete('/dev/null');
  return { lines, renamedFrom };
}

function stripPrefix(p: string, prefix: string): string | undefined {
  if (p === '/dev/null') return undefined;
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/** A path as git prints it: bare, or in double quotes with C escapes and octal bytes (UTF-8). */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s.replace(/\t$/, '');
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') break;
    if (c === '\\') {
      const n = s[i + 1];
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(escapes[n] ?? n.charCodeAt(0));
        i++;
      }
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
