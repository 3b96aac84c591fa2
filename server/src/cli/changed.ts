/**
 * --changed-since REF: pull-request mode. The check runs as usual; this keeps the findings a change introduced:
 *  - findings on lines added or modified since REF (working tree against REF; untracked files count as wholly new;
 *    renames are followed, so a moved file reports only what changed in it), or whose related places lie on such lines;
 *  - findings anywhere in a source file whose governing policy changed since REF, when they are new under the new
 *    policy: the file is analysed again with the policy that governed it at REF, and a finding counts as new unless
 *    the old analysis had one with the same rule, line, column and message at the same or a higher severity;
 *  - in a policy file, findings on its changed lines, and policy-level findings its old version did not have.
 * Findings stay the engine's own objects, so every output format shows the same thing as a full scan, just fewer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type Finding,
  LineIndex,
  type LoadedPolicy,
  loadPolicy,
  type Policy,
  POLICY_FILE_NAMES,
  type PolicyReadResult,
} from '../engine/index';
import { SEVERITY_RANK, type Lang } from './report';
import { changesSince, Git, GitError, type ChangedLines, type Diff } from './git';

export { GitError };

/** An old policy as it was at the base: its text (undefined = none governed) and what loading it gave. */
interface OldPolicy {
  text?: string;
  policy?: Policy;
}

/** What a worker thread needs to rebuild a ChangeFilter: plain data that survives structured cloning. */
export interface ChangeFilterData {
  ref: string;
  base: string;
  gitCwd: string;
  lang: Lang;
  top: string;
  diff: Diff;
  cwd: string;
  policyOverride?: string;
}

export class ChangeFilter {
  /** Findings the full scan had, and those kept (counted by the caller: files may be filtered in other threads). */
  total = 0;
  kept = 0;
  private readonly cwdReal: string;
  private readonly oldPolicyCache = new Map<string, OldPolicy>();
  private oldPolicyFiles?: Set<string>;
  private readonly shown = new Map<string, string | undefined>();

  constructor(
    /** As given on the command line. */
    readonly ref: string,
    /** What it resolved to (a commit, or the empty tree for an unborn HEAD). */
    readonly base: string,
    private readonly git: Git,
    /** The repository's top level (a real path). */
    readonly top: string,
    private readonly diff: Diff,
    private readonly cwd: string,
    private readonly policyOverride?: string,
  ) {
    this.cwdReal = realpath(cwd);
  }

  toData(): ChangeFilterData {
    return { ref: this.ref, base: this.base, gitCwd: this.git.cwd, lang: this.git.lang, top: this.top, diff: this.diff, cwd: this.cwd, policyOverride: this.policyOverride };
  }

  /** The same filter in another thread (its caches start empty). */
  static fromData(d: ChangeFilterData): ChangeFilter {
    return new ChangeFilter(d.ref, d.base, new Git(d.gitCwd, d.lang), d.top, d.diff, d.cwd, d.policyOverride);
  }

  /** The path of a file relative to the top level, with '/', or undefined outside the repository. */
  repoPath(file: string): string | undefined {
    const viaCwd = path.resolve(this.cwdReal, path.relative(this.cwd, path.resolve(this.cwd, file)));
    for (const candidate of [viaCwd, realpath(file)]) {
      const rel = path.relative(this.top, candidate);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return undefined;
  }

  changedLines(file: string): ChangedLines | undefined {
    const rel = this.repoPath(file);
    return rel === undefined ? undefined : this.diff.lines.get(rel);
  }

  /** Findings of a source file to report. `reanalyse` checks the same text under another policy. */
  sourceFindings(file: string, text: string, findings: Finding[], current: PolicyReadResult | undefined, reanalyse: (policy: Policy | undefined) => Finding[]): Finding[] {
    if (findings.length === 0) return findings;
    const onChangedLines = this.onChangedLines(file, text, findings);
    const old = this.oldPolicyFor(file);
    let kept = onChangedLines;
    if (old && old.text !== (current?.text ?? undefined)) {
      const before = reanalyse(old.policy);
      const fresh = findings.filter((f) => isNew(f, before));
      kept = findings.filter((f) => onChangedLines.includes(f) || fresh.includes(f));
    }
    return kept;
  }

  /** Findings inside a policy file to report; `reanalyse` gives the findings of its old version. */
  policyFindings(p: PolicyReadResult, findings: Finding[], reanalyse: (old: LoadedPolicy, oldText: string) => Finding[]): Finding[] {
    if (findings.length === 0) return findings;
    const onChangedLines = this.onChangedLines(p.file, p.text, findings);
    const rel = this.repoPath(p.file);
    let kept = onChangedLines;
    if (rel !== undefined && this.diff.lines.has(rel)) {
      const oldRel = this.diff.renamedFrom.get(rel) ?? rel;
      const oldText = this.showAtBase(oldRel);
      if (oldText !== undefined) {
        const before = reanalyse(loadPolicy(oldText, path.join(this.top, oldRel)), oldText);
        const key = (f: Finding) => `${f.rule}\0${f.message.en}`;
        const had = new Map(before.map((f) => [key(f), f.severity]));
        kept = findings.filter((f) => onChangedLines.includes(f) || !had.has(key(f)) || SEVERITY_RANK[had.get(key(f))!] < SEVERITY_RANK[f.severity]);
      }
    }
    return kept;
  }

  private onChangedLines(file: string, text: string, findings: Finding[]): Finding[] {
    const lines = this.changedLines(file);
    let index: LineIndex | undefined;
    return findings.filter((f) => {
      if (lines === 'all') return true;
      if (lines) {
        index ??= new LineIndex(text);
        const start = index.positionAt(f.span.start).line + 1;
        const end = index.positionAt(f.span.end).line + 1;
        for (let n = start; n <= end; n++) if (lines.has(n)) return true;
      }
      // A finding caused by a change elsewhere (e.g. data newly reaching a @crossBorder function) shows where it was caused.
      return (f.related ?? []).some((r) => {
        const other = this.changedLines(r.file);
        if (other === 'all') return true;
        if (!other) return false;
        for (let n = r.range.start.line + 1; n <= r.range.end.line + 1; n++) if (other.has(n)) return true;
        return false;
      });
    });
  }

  /** The policy that governed a source file at the base (by its path then), or undefined when it cannot have changed. */
  private oldPolicyFor(file: string): OldPolicy | undefined {
    const rel = this.repoPath(file);
    if (rel === undefined) return undefined;
    let oldPolicyRel: string | undefined;
    if (this.policyOverride) {
      const overrideRel = this.repoPath(this.policyOverride);
      if (overrideRel === undefined) return undefined; // outside the repository: git knows nothing of its history
      oldPolicyRel = this.diff.renamedFrom.get(overrideRel) ?? overrideRel; // any name; undefined text if it did not exist
    } else {
      const oldRel = this.diff.renamedFrom.get(rel) ?? rel;
      oldPolicyRel = this.nearestOldPolicy(oldRel);
      if (oldPolicyRel === undefined && !this.anyPolicyInRepo(rel)) return undefined; // governed from outside the repository, or by none, then and now
    }
    const cacheKey = oldPolicyRel ?? '';
    let old = this.oldPolicyCache.get(cacheKey);
    if (!old) {
      if (oldPolicyRel === undefined) old = {};
      else {
        const text = this.showAtBase(oldPolicyRel);
        const loaded = text === undefined ? undefined : loadPolicy(text, path.join(this.top, oldPolicyRel));
        old = { text, policy: loaded?.policy };
      }
      this.oldPolicyCache.set(cacheKey, old);
    }
    return old;
  }

  /** Whether a policy file inside the repository governs a file now (the check compares old and new only then). */
  private anyPolicyInRepo(rel: string): boolean {
    let dir = path.posix.dirname(rel);
    for (;;) {
      for (const name of POLICY_FILE_NAMES) if (fs.existsSync(path.join(this.top, dir === '.' ? '' : dir, name))) return true;
      if (dir === '.' || dir === '' || dir === '/') return false;
      dir = path.posix.dirname(dir);
    }
  }

  /** The nearest policy file to a path in the base's tree (repository-relative), as findNearestPolicy does on disk. */
  private nearestOldPolicy(rel: string): string | undefined {
    const files = this.oldPolicyFileSet();
    let dir = path.posix.dirname(rel);
    for (;;) {
      for (const name of POLICY_FILE_NAMES) {
        const candidate = dir === '.' ? name : `${dir}/${name}`;
        if (files.has(candidate)) return candidate;
      }
      if (dir === '.' || dir === '' || dir === '/') return undefined;
      dir = path.posix.dirname(dir);
    }
  }

  private oldPolicyFileSet(): Set<string> {
    if (!this.oldPolicyFiles) {
      const names = new Set<string>(POLICY_FILE_NAMES);
      const listed = this.git.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', this.base], { cwd: this.top });
      this.oldPolicyFiles = new Set(listed.split('\0').filter((f) => f && names.has(path.posix.basename(f))));
    }
    return this.oldPolicyFiles;
  }

  /** A file's text at the base (BOM removed), or undefined when it did not exist there. */
  private showAtBase(rel: string): string | undefined {
    if (!this.shown.has(rel)) {
      // What `git show BASE:PATH` prints, through plumbing: no textconv or pager config applies.
      const text = this.git.tryRun(['cat-file', 'blob', `${this.base}:${rel}`], { cwd: this.top });
      this.shown.set(rel, text === undefined ? undefined : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    return this.shown.get(rel);
  }
}

/** New under the new policy: the old analysis had no finding of the same rule, place and message, at the same or a higher severity. */
function isNew(f: Finding, before: Finding[]): boolean {
  return !before.some(
    (b) => b.rule === f.rule && b.span.start === f.span.start && b.message.en === f.message.en && SEVERITY_RANK[b.severity] >= SEVERITY_RANK[f.severity],
  );
}

function relativeOrAbsolute(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  return rel === '' ? cwd : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

function realpath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

const NOT_A_REPO = /not a git repository/i;

/**
 * Opens the repository holding `firstPath` (the first path checked, relative to cwd) and computes the changes
 * since `ref`; throws GitError (exit 2) with one line when there is no repository or no such commit, saying how to get it.
 */
export function changedSince(ref: string, cwd: string, firstPath: string, lang: Lang, policyOverride?: string): ChangeFilter {
  const zh = lang === 'zh';
  if (ref.startsWith('-') || ref.trim() === '' || /[\0\n]/.test(ref)) {
    throw new GitError(zh ? `--changed-since 需要一个 git 引用（分支、标签或提交），而不是“${ref}”。` : `--changed-since takes a git ref (a branch, tag or commit), not "${ref}".`);
  }
  const abs = path.resolve(cwd, firstPath);
  const dir = fs.existsSync(abs) && !fs.statSync(abs).isDirectory() ? path.dirname(abs) : abs;
  const git = new Git(dir, lang);
  let top: string;
  try {
    top = git.run(['rev-parse', '--show-toplevel']).replace(/\n$/, '');
  } catch (e) {
    if (e instanceof GitError && NOT_A_REPO.test(e.message)) {
      const where = relativeOrAbsolute(cwd, dir);
      throw new GitError(zh ? `--changed-since 需要 git 仓库，但 ${where} 不在仓库中。请在仓库内运行，或去掉 --changed-since 检查全部文件。` : `--changed-since needs a git repository, and ${where} is not in one. Run it inside the repository, or drop --changed-since to check everything.`);
    }
    throw new GitError(`--changed-since: git: ${(e as Error).message}`);
  }
  if (top === '') throw new GitError(zh ? `--changed-since 需要工作区，但 ${dir} 位于 git 目录内。` : `--changed-since needs a working tree, and ${dir} is inside a git directory.`);
  const base = resolveBase(git, ref, zh);
  const diff = changesSince(git, base, top);
  return new ChangeFilter(ref, base, git, realpath(top), diff, cwd, policyOverride ? path.resolve(cwd, policyOverride) : undefined);
}

function resolveBase(git: Git, ref: string, zh: boolean): string {
  const commit = git.tryRun(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit) return commit.trim();
  // A tree works as a base too (e.g. the empty tree in a hook's first commit).
  const tree = git.tryRun(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`]);
  if (tree) return tree.trim();
  // HEAD of a repository without commits yet (a pre-commit hook's first commit): everything is new.
  if (ref === 'HEAD' && git.tryRun(['symbolic-ref', '--quiet', 'HEAD']) !== undefined) {
    return git.run(['hash-object', '-t', 'tree', '--stdin'], { input: '' }).trim();
  }
  const shallow = git.tryRun(['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const remotes = (git.tryRun(['remote']) ?? '').split('\n').filter(Boolean);
  const m = /^(?:refs\/remotes\/|remotes\/)?([^/]+)\/(.+)$/.exec(ref);
  const fetch =
    m && remotes.includes(m[1])
      ? `git fetch --depth=1 ${m[1]} ${m[2]}:refs/remotes/${m[1]}/${m[2]}`
      : `git fetch --depth=1 ${remotes[0] ?? 'origin'} ${ref.replace(/^refs\/heads\//, '')}`;
  if (zh) {
    return fail(`--changed-since ${ref}：此${shallow ? '浅克隆' : '仓库'}中没有该提交。请先获取：${fetch}；或在 actions/checkout 中设置 fetch-depth: 0（GitLab：GIT_DEPTH: 0）。`);
  }
  return fail(
    `--changed-since ${ref}: no such commit in this ${shallow ? 'shallow clone' : 'repository'}. Fetch it first: ${fetch} (or check out full history: fetch-depth: 0 in actions/checkout, GIT_DEPTH: 0 in GitLab CI).`,
  );
}

function fail(message: string): never {
  throw new GitError(message);
}
