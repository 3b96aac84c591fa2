/** The result of a check run, in the shape every output format reads. */
import { type Citation, type Finding, LineIndex, ruleDocUrl, type Severity, type Suppressed } from '../engine/index';

export type Lang = 'en' | 'zh';

export interface ReportFinding {
  /** Relative to the working directory, with '/'. */
  file: string;
  /** 1-based, UTF-16 columns like ESLint. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  citations: Citation[];
  /** Accepted with a justification: listed for auditors, not counted for the exit code. */
  suppressed?: Suppressed;
}

export interface CheckReport {
  version: 1;
  /** Policy files in force, relative paths. */
  policies: string[];
  filesChecked: number;
  findings: ReportFinding[];
  /** Files not checked, and why (printed on stderr / in SARIF notifications; not in the JSON findings). */
  skipped: { file: string; detail: string }[];
  /** Source files that had no policy in force (the law-based rules still ran). */
  withoutPolicy: number;
  /** "file:line:col: message" for each policy that could not be used (its files were not checked; exit code 2). */
  configErrors?: string[];
  /** --changed-since: the ref, and how many findings of a full scan were left out (not part of JSON or SARIF). */
  changedSince?: { ref: string; notShown: number };
}

export function toReportFindings(file: string, text: string, findings: Finding[], lang: Lang): ReportFinding[] {
  if (findings.length === 0) return [];
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = index.positionAt(f.span.start);
    const end = index.positionAt(f.span.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      rule: f.rule,
      severity: f.severity,
      message: f.message[lang],
      citations: f.citations.map((c) => (c.item ? { law: c.law, article: c.article, item: c.item } : { law: c.law, article: c.article })),
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    };
  });
}

export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** Findings that count: not suppressed. */
export function active(findings: ReportFinding[]): ReportFinding[] {
  return findings.filter((f) => !f.suppressed);
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export { ruleDocUrl };
