/**
 * GitLab Code Quality report (artifacts:reports:codequality): a JSON array of Code Climate style issues.
 * The fingerprint identifies a finding across pipelines, so GitLab can tell new findings from old ones: a hash of
 * the rule, the file and the trimmed text of the offending line (plus the flagged text, and a counter for
 * repeats), never the line number or the message, so unrelated edits above it and date-dependent wording
 * (e.g. "expires in 17 days") leave it unchanged.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../../engine/index';
import { active, type CheckReport, type Lang, type ReportFinding } from '../report';
import { citationsText } from './citationsText';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export const GITLAB_SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

/** `readLines` gives a report file's lines (undefined when it cannot be read); by default from disk under cwd. */
export function formatGitlab(report: CheckReport, lang: Lang, cwd: string, readLines: (file: string) => string[] | undefined = diskLines(cwd)): string {
  const cache = new Map<string, string[] | undefined>();
  const lines = (file: string) => {
    if (!cache.has(file)) cache.set(file, readLines(file));
    return cache.get(file);
  };
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = active(report.findings).map((f) => {
    const key = fingerprintKey(f, lines(f.file));
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      description: f.message + (f.citations.length ? ` (${citationsText(f.citations, lang)})` : ''),
      check_name: f.rule,
      fingerprint: createHash('sha1').update(`${key}\0${n}`).digest('hex'),
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

/** What identifies a finding: rule, file, the trimmed offending line and the flagged text on it. */
function fingerprintKey(f: ReportFinding, lines: string[] | undefined): string {
  const line = lines?.[f.line - 1];
  if (line === undefined) return [f.rule, f.file, String(f.line), f.message].join('\0');
  const flagged = line.slice(f.column - 1, f.endLine === f.line ? f.endColumn - 1 : undefined);
  return [f.rule, f.file, line.trim(), flagged.trim()].join('\0');
}

function diskLines(cwd: string): (file: string) => string[] | undefined {
  return (file) => {
    try {
      return fs.readFileSync(path.resolve(cwd, file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    } catch {
      return undefined;
    }
  };
}
