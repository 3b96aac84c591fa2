/** Runs a check over paths: walks the files, finds each one's policy, analyses, and builds the report. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePolicy, analyzeText, NotCheckedError } from '../engine/analyze';
import { PolicyCache, type PolicyReadResult } from '../engine/policy/policyFiles';
import { walk } from '../engine/workspace/walk';
import { LineIndex } from '../engine/text/lineIndex';
import { Project } from '../engine/xref/reaching';
import { nodeFileSystem } from '../engine/xref/nodeFs';
import { compareFindings, toReportFindings, type CheckReport, type Lang, type ReportFinding } from './report';
import type { ChangeFilter } from './changed';

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
}

/** A policy named with --policy that cannot be used: the run stops with exit code 2. */
export class ConfigError extends Error {}

export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

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

export function runCheck(opts: CheckOptions): CheckReport {
  const policies = new PolicyCache(opts.policy ? path.resolve(opts.cwd, opts.policy) : undefined);
  if (opts.policy) {
    const p = policies.load(path.resolve(opts.cwd, opts.policy));
    const error = policyError(p, opts.cwd, opts.lang);
    if (error) throw new ConfigError(error);
  }
  const walked = walk(opts.paths.map((p) => path.resolve(opts.cwd, p)));
  const findings: ReportFinding[] = [];
  const skipped = walked.skipped.map((s) => ({ file: relativePath(opts.cwd, s.file), detail: s.detail }));
  let withoutPolicy = 0;
  let checked = 0;
  // A broken policy stops only the files it governs; the run goes on and ends with exit code 2.
  const configErrors = new Map<string, { error: string; files: number }>();
  // One project for the run: a file reached by several @crossBorder functions is parsed once.
  const project = new Project(nodeFileSystem);
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
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
      // Editors hide a byte-order mark; columns on line 1 must match what they show.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } catch (e) {
      skipped.push({ file: relativePath(opts.cwd, file), detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    const rel = relativePath(opts.cwd, file);
    let found;
    try {
      const analyze = (policy = loaded?.policy) => analyzeText(text, file, policy, { today: opts.today, project, hints: opts.hints ? 'all' : 'parsed' });
      found = analyze();
      if (opts.changed) found = opts.changed.sourceFindings(file, text, found, loaded, analyze);
    } catch (e) {
      if (!(e instanceof NotCheckedError)) throw e;
      skipped.push({ file: rel, detail: e.reason[opts.lang] });
      continue;
    }
    checked++;
    findings.push(...toReportFindings(rel, text, found, opts.lang));
  }
  // Policy-level findings (e.g. cross-border-volume-undeclared), once per policy in force.
  for (const p of policies.loaded) {
    let found = analyzePolicy(p, p.text, { today: opts.today });
    if (opts.changed) found = opts.changed.policyFindings(p, found, (old, oldText) => analyzePolicy(old, oldText, { today: opts.today }));
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
