/** What the rules of one analysis share: the options, the taxonomy in force, and the context each rule reports through. */
import type { Finding, Localized, Severity } from '../types';
import type { Policy } from '../policy/model';
import type { Project } from '../xref/reaching';
import { Taxonomy } from '../taxonomy/taxonomy';
import type { Report, Rule, RuleContext } from '../rules/rule';

export interface AnalyzeOptions {
  /** YYYY-MM-DD used for expiry checks; defaults to today (UTC). */
  today?: string;
  /**
   * Files parsed for cross-file checks (what reaches a @crossBorder function), read through its host. Share one
   * per run or session; without it, types are followed within the checked text only.
   */
  project?: Project;
  /**
   * Hints about untagged code (unannotated-personal-data): 'all' checks every file that may hold personal data
   * (parsing it if needed), 'parsed' only files parsed anyway because they carry tags (free), 'off' none.
   * Default 'parsed'.
   */
  hints?: 'all' | 'parsed' | 'off';
  /**
   * Egress discovery (outbound calls, where they go, what reaches them) on every file that may have any, tagged or
   * not, and the rules that read it. Default true.
   */
  egress?: boolean;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

let defaultTaxonomy: Taxonomy | undefined;

/** The policy's taxonomy (built-ins plus its custom categories), or the built-in one. */
export function taxonomyFor(policy: Policy | undefined): Taxonomy {
  return policy?.taxonomy ?? (defaultTaxonomy ??= new Taxonomy());
}

/** A file that cannot be checked at all (it is reported as not checked, and everything else goes on). */
export class NotCheckedError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** Runs `f`, turning the parser's stack overflow on code nested a thousand levels deep into NotCheckedError. */
export function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) {
      throw new NotCheckedError({
        en: 'not checked: the code nests too deeply to be parsed (generated or minified code?)',
        zh: '未检查：代码嵌套层次过深，无法解析（是否为生成或压缩的代码？）',
      });
    }
    throw e;
  }
}

function severityFor(rule: Rule, report: Report, policy: Policy | undefined): Severity | 'off' {
  return policy?.rules[rule.meta.id] ?? report.severity ?? rule.meta.defaultSeverity;
}

/** The context each rule reports through: its findings go to `findings`, at the severity the policy gives the rule. */
export function collector(findings: Finding[], text: string, policy: Policy | undefined, today: string, project?: Project) {
  return (rule: Rule): RuleContext => ({
    text,
    policy,
    taxonomy: taxonomyFor(policy),
    today,
    readText: project ? (file) => project.index(file)?.text : undefined,
    report(r) {
      const severity = severityFor(rule, r, policy);
      if (severity === 'off') return;
      const finding: Finding = { rule: rule.meta.id, severity, message: r.message, span: r.span, citations: r.citations ?? rule.meta.citations };
      if (r.fix) finding.fix = r.fix;
      if (r.related?.length) finding.related = r.related;
      findings.push(finding);
    },
  });
}
