/**
 * The check of one source file: read it, analyse it under the policy the walk found for it, filter for
 * --changed-since, and turn the findings into report findings. The same code runs in the main thread and in
 * worker threads (parallel.ts), so a file gives the same result wherever it is checked.
 */
import * as path from 'node:path';
import {
  analyzeText,
  type FileRead,
  type Host,
  MAX_FILE_BYTES,
  NotCheckedError,
  PolicyCache,
  Project,
  tooLargeDetail,
} from '../engine/index';
import { toReportFindings, type Lang, type ReportFinding } from './report';
import type { ChangeFilter } from './changed';

/** A file to check (absolute path), with the policy file governing it (absolute; undefined when none). */
export interface FileTask {
  file: string;
  policyFile?: string;
}

/**
 * What checking a file gave: why it was not checked, or its findings (after --changed-since filtering) and how
 * many findings the full analysis had (for "N problems elsewhere not shown").
 */
export type FileResult = { skipped: string } | { findings: ReportFinding[]; total: number };

/** The options a file's check depends on; plain data, so that a worker thread can receive them. */
export interface FileCheckOptions {
  /** --policy, absolute. */
  policy?: string;
  today: string;
  lang: Lang;
  cwd: string;
  hints?: boolean;
  /** false: no egress discovery. */
  egress?: boolean;
}

export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** Why a file the walk found cannot be read now (it changed in between, or the system refuses). */
function unreadable(read: Exclude<FileRead, { text: string }>): string {
  switch (read.problem) {
    case 'directory':
    case 'not-file':
      return 'not a regular file';
    case 'too-large':
      return tooLargeDetail(read.size);
    default:
      return `cannot be read (${read.error})`;
  }
}

export class FileChecker {
  /** One project per thread: a file reached by several @crossBorder functions is parsed once. */
  private readonly project: Project;

  constructor(
    private readonly opts: FileCheckOptions,
    private readonly host: Host,
    private readonly policies: PolicyCache,
    private readonly changed?: ChangeFilter,
  ) {
    this.project = new Project(host);
  }

  /** Throws only what is not a property of the file (an internal error); the run then stops. */
  check(task: FileTask): FileResult {
    const { file } = task;
    const loaded = task.policyFile ? this.policies.load(task.policyFile) : undefined;
    const read = this.host.readFile(file, MAX_FILE_BYTES);
    if (!('text' in read)) return { skipped: unreadable(read) };
    // Editors hide a byte-order mark; columns on line 1 must match what they show.
    const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
    let found;
    let total;
    try {
      const analyze = (policy = loaded?.policy) => analyzeText(text, file, policy, { today: this.opts.today, project: this.project, hints: this.opts.hints ? 'all' : 'parsed', egress: this.opts.egress });
      found = analyze();
      total = found.length;
      if (this.changed) found = this.changed.sourceFindings(file, text, found, loaded, analyze);
    } catch (e) {
      if (!(e instanceof NotCheckedError)) throw e;
      return { skipped: e.reason[this.opts.lang] };
    }
    // Most files have no finding: their relative path is not needed.
    return { findings: found.length ? toReportFindings(relativePath(this.opts.cwd, file), text, found, this.opts.lang) : [], total };
  }
}
