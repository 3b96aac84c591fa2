/**
 * Runs a check over paths: walks the files, finds each one's policy, analyses them (in worker threads too with
 * --concurrency), and builds the report.
 */
import * as path from 'node:path';
import { analyzePolicy, LineIndex, PolicyCache, type PolicyReadResult, rememberingListings, walk } from '../engine/index';
import { nodeHost } from '../runtime/nodeHost';
import { compareFindings, toReportFindings, type CheckReport, type Lang, type ReportFinding } from './report';
import type { ChangeFilter } from './changed';
import { FileChecker, relativePath, type FileCheckOptions, type FileResult, type FileTask } from './checkFile';
import { checkInParallel, threadCount, type Concurrency } from './parallel';


export interface CheckOptions {
  paths: string[];
  policy?: string;
  today: string;
  lang: Lang;
  cwd: string;
  /** --changed-since: keep only the findings the changes introduced. */
  changed?: ChangeFilter;
  /** --hints: unannotated-personal-data over every file. */
  hints?: boolean;
  /** false: no egress discovery (--no-egress). */
  egress?: boolean;
  /** --concurrency; 'auto' by default. */
  concurrency?: Concurrency;
  /** Files checked so far, of how many: called as the check goes (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** The script worker threads run (tests only: the default is this bundle or module). */
  workerScript?: string;
}

/** A policy named with --policy that cannot be used: the run stops with exit code 2. */
export class ConfigError extends Error {}

/** "file:line:col: message" for the first error of a policy that cannot be used, or undefined. */
function policyError(p: PolicyReadResult, cwd: string, lang: Lang): string | undefined {
  const errors = p.problems.filter((x) => x.severity === 'error');
  if (errors.length === 0) return undefined;
  const rel = relativePath(cwd, p.file);
  if (p.readError) return `${rel}: ${errors[0].message[lang]}`;
  const pos = new LineIndex(p.text).positionAt(errors[0].span.start);
  const more = errors.length > 1 ? (lang === 'zh' ? `（另有 ${errors.length - 1} 个错误）` : ` (and ${errors.length - 1} more)`) : '';
  return `${rel}:${pos.line + 1}:${pos.character + 1}: ${errors[0].message[lang]}${more}`;
}

export async function runCheck(opts: CheckOptions): Promise<CheckReport> {
  const policyOverride = opts.policy ? path.resolve(opts.cwd, opts.policy) : undefined;
  // The walk's listings answer what policy discovery and module resolution ask about names in the tree.
  const host = rememberingListings(nodeHost);
  const policies = new PolicyCache(host, policyOverride);
  if (policyOverride) {
    const error = policyError(policies.load(policyOverride), opts.cwd, opts.lang);
    if (error) throw new ConfigError(error);
  }
  const walked = walk(host, opts.paths.map((p) => path.resolve(opts.cwd, p)));
  const findings: ReportFinding[] = [];
  const skipped = walked.skipped.map((s) => ({ file: relativePath(opts.cwd, s.file), detail: s.detail }));
  let withoutPolicy = 0;
  // A broken policy stops only the files it governs; the run goes on and ends with exit code 2.
  const configErrors = new Map<string, { error: string; files: number }>();
  const tasks: FileTask[] = [];
  for (const file of walked.files) {
    const policyFile = policies.policyFileFor(file);
    const loaded = policyFile ? policies.load(policyFile) : undefined;
    if (loaded) {
      const error = policyError(loaded, opts.cwd, opts.lang);
      if (error) {
        const entry = configErrors.get(loaded.file) ?? { error, files: 0 };
        entry.files++;
        configErrors.set(loaded.file, entry);
        continue;
      }
    } else {
      withoutPolicy++;
    }
    tasks.push({ file, policyFile });
  }

  const fileOpts: FileCheckOptions = { policy: policyOverride, today: opts.today, lang: opts.lang, cwd: opts.cwd, hints: opts.hints, egress: opts.egress };
  const local = new FileChecker(fileOpts, host, policies, opts.changed);
  const threads = threadCount(opts.concurrency ?? 'auto', tasks.length);
  const progress = opts.onProgress && ((done: number) => opts.onProgress!(done, tasks.length));
  let results: FileResult[];
  if (threads > 1) {
    results = await checkInParallel(tasks, local, fileOpts, opts.changed, { threads, onProgress: progress, script: opts.workerScript });
  } else {
    results = [];
    for (const task of tasks) {
      results.push(local.check(task));
      progress?.(results.length);
    }
  }

  // In walk order, whichever thread checked each file.
  let checked = 0;
  for (let i = 0; i < tasks.length; i++) {
    const r = results[i];
    if ('skipped' in r) {
      skipped.push({ file: relativePath(opts.cwd, tasks[i].file), detail: r.skipped });
      continue;
    }
    checked++;
    findings.push(...r.findings);
    if (opts.changed) {
      opts.changed.total += r.total;
      opts.changed.kept += r.findings.length;
    }
  }
  // Policy-level findings (e.g. cross-border-volume-undeclared), once per policy in force.
  for (const p of policies.loaded) {
    let found = analyzePolicy(p, p.text, { today: opts.today });
    if (opts.changed) {
      opts.changed.total += found.length;
      found = opts.changed.policyFindings(p, found, (old, oldText) => analyzePolicy(old, oldText, { today: opts.today }));
      opts.changed.kept += found.length;
    }
    findings.push(...toReportFindings(relativePath(opts.cwd, p.file), p.text, found, opts.lang));
  }
  findings.sort(compareFindings);
  return {
    version: 1,
    policies: policies.loaded.map((p) => relativePath(opts.cwd, p.file)).sort(),
    filesChecked: checked,
    findings,
    skipped,
    withoutPolicy,
    configErrors: [...configErrors.values()].map(({ error, files }) =>
      opts.lang === 'zh' ? `${error}（它管辖的 ${files} 个文件未检查）` : `${error} (${files} file${files === 1 ? '' : 's'} it governs not checked)`,
    ),
    ...(opts.changed && { changedSince: { ref: opts.changed.ref, notShown: opts.changed.total - opts.changed.kept } }),
  };
}
