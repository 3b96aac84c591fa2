/**
 * The engine's entry points: findings for one source text, and findings for a policy file.
 * Shared by the CLI, the language server and the tests.
 */
import type { Finding, Localized, Severity } from './types';
import type { Policy } from './policy/model';
import type { LoadedPolicy } from './policy/loadPolicy';
import { extractTags, mightContainTags, parseSource } from './extract/extractTags';
import { Project, reachingData } from './xref/reaching';
import { nodeFileSystem } from './xref/nodeFs';
import { resolvePersonalData, resolveTransfer } from './analysis/resolve';
import { Taxonomy } from './taxonomy/taxonomy';
import { RULE_IDS, RULES, ruleById } from './rules/index';
import type { DocumentFacts, Report, Rule, RuleContext } from './rules/rule';
import { applySuppressions } from './suppress/apply';
import { isLikelyTestFile } from './detect/testFiles';
import { mightContainPersonalData } from './detect/prefilter';

export interface AnalyzeOptions {
  /** YYYY-MM-DD used for expiry checks; defaults to today (UTC). */
  today?: string;
  /**
   * Files parsed for cross-file checks (what reaches a @crossBorder function). Share one per run or session;
   * without it, one reading the disk is used for this call only.
   */
  project?: Project;
  /**
   * unannotated-personal-data: 'all' checks every file that may hold personal data (parsing it if needed),
   * 'parsed' only files parsed anyway because they carry tags (free), 'off' none. Default 'parsed'.
   */
  hints?: 'all' | 'parsed' | 'off';
}

let defaultTaxonomy: Taxonomy | undefined;
function taxonomyFor(policy: Policy | undefined): Taxonomy {
  return policy?.taxonomy ?? (defaultTaxonomy ??= new Taxonomy());
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function severityFor(rule: Rule, report: Report, policy: Policy | undefined): Severity | 'off' {
  return policy?.rules[rule.meta.id] ?? report.severity ?? rule.meta.defaultSeverity;
}

function collector(findings: Finding[], text: string, policy: Policy | undefined, today: string, project?: Project) {
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

/** A file that cannot be checked at all (it is reported as not checked, and everything else goes on). */
export class NotCheckedError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** Check one JS/TS source text against a policy (or, without one, against the law alone). */
export function analyzeText(text: string, fileName: string, policy?: Policy, options: AnalyzeOptions = {}): Finding[] {
  try {
    return analyzeTextUnguarded(text, fileName, policy, options);
  } catch (e) {
    // TypeScript's recursive-descent parser runs out of stack on code nested a thousand levels deep.
    if (e instanceof RangeError) {
      throw new NotCheckedError({
        en: 'not checked: the code nests too deeply to be parsed (generated or minified code?)',
        zh: '未检查：代码嵌套层次过深，无法解析（是否为生成或压缩的代码？）',
      });
    }
    throw e;
  }
}

function analyzeTextUnguarded(text: string, fileName: string, policy: Policy | undefined, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  const active = RULES.filter((r) => !r.meta.needsPolicy || policy);
  // Rules giving hints about untagged code, unless the policy turns them off: no parse is spent on them then.
  const hinting = active.filter((r) => r.hints && (policy?.rules[r.meta.id] ?? r.meta.defaultSeverity) !== 'off');
  const hintsOn = (options.hints ?? 'parsed') !== 'off' && hinting.length > 0 && !isLikelyTestFile(fileName);
  const tagged = mightContainTags(text);
  const wantHints = hintsOn && (tagged || options.hints === 'all') && mightContainPersonalData(text);
  const sf = tagged || wantHints ? parseSource(text, fileName) : undefined;
  const extracted = extractTags(text, fileName, sf);
  const project = sf && extracted.tags.some((t) => t.tag === 'crossBorder') ? (options.project ?? new Project(nodeFileSystem)) : options.project;
  const today = options.today ?? todayUtc();
  const context = collector(findings, text, policy, today, project);
  const contexts = new Map(active.map((r) => [r, context(r)]));
  const doc: DocumentFacts = { text, fileName, tree: sf, tags: extracted.tags, tagErrors: extracted.errors };
  for (const r of active) r.document?.(doc, contexts.get(r)!);
  if (extracted.tags.length > 0) {
    const taxonomy = taxonomyFor(policy);
    for (const tag of extracted.tags) {
      if (tag.tag === 'personalData') {
        const resolved = resolvePersonalData(tag, policy, taxonomy);
        for (const r of active) r.personalData?.(resolved, contexts.get(r)!);
      } else if (tag.subjects.length > 0) {
        const resolved = resolveTransfer(tag, text, policy, taxonomy);
        if (project && sf) resolved.parameters = reachingData(project, fileName, text, sf, tag);
        // A "transfer" to CN is domestic: no cross-border obligation applies.
        for (const r of active) (resolved.domestic ? r.domesticTransfer : r.crossBorder)?.(resolved, contexts.get(r)!);
      }
    }
  }
  if (wantHints && sf) for (const r of hinting) r.hints!({ ...doc, tree: sf }, contexts.get(r)!);
  const facts = applySuppressions(findings, { text, fileName, policy, today, ruleIds: RULE_IDS, suppressible: (id) => ruleById(id)?.meta.suppressible ?? true });
  for (const r of active) r.suppressions?.(facts, contexts.get(r)!);
  return sortFindings(findings);
}

/** Findings inside the policy file itself: its errors (policy-invalid) and policy-level rules. */
export function analyzePolicy(loaded: LoadedPolicy, text: string, options: AnalyzeOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const context = collector(findings, text, loaded.policy, options.today ?? todayUtc());
  for (const rule of RULES) rule.policy?.(loaded, context(rule));
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}
