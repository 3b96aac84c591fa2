/**
 * What a rule is, as in ESLint: one file per rule (named by its id) holding its metadata, its messages, the
 * checks that make its findings and their fixes. The analysis calls a rule's hooks; nothing outside the rule's
 * file decides anything about it by its id.
 */
import type * as ts from 'typescript';
import type { Citation, FixData, Localized, ParsedTag, RelatedPlace, Severity, Span, TagSyntaxError } from '../types';
import type { Policy, PolicyProblem } from '../policy/model';
import type { RuleReference } from '../policy/semantics';
import type { PolicySection } from '../policy/policyEdits';
import type { Taxonomy } from '../taxonomy/taxonomy';
import type { CategoryRef, ResolvedPersonalData, ResolvedTransfer } from '../resolve/resolve';
import { matchesAny } from '../taxonomy/taxonomy';
import type { SuppressionFacts } from '../suppress/apply';
import type { AnalyzedEgress } from '../resolve/egress';

export const RULE_DOCS_BASE = 'https://github.com/privacy-annotations/privacy-annotations/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line saying what the rule checks. */
  title: Localized;
  citations: Citation[];
  /** Skipped when no policy is in force. */
  needsPolicy: boolean;
  /**
   * A comment or a policy exception may suppress its findings. Not for findings about suppressions themselves or
   * about the policy file (those are fixed where they stand).
   */
  suppressible: boolean;
  /** Its findings' quick fixes go into "fix all" (false where a fix asserts a fact, such as consent, or guesses). */
  fixAll: boolean;
  /** Its finding names an id the policy lacks: a quick fix adds it to this section of the policy. */
  addToPolicy?: PolicySection;
  /** The code it flags does nothing (editors fade it). */
  unnecessary?: boolean;
}

export interface Report {
  span: Span;
  message: Localized;
  /** Defaults to the rule's citations. */
  citations?: Citation[];
  /** Defaults to the rule's default severity (a policy override still wins). */
  severity?: Severity;
  fix?: FixData;
  related?: RelatedPlace[];
}

export interface RuleContext {
  text: string;
  policy?: Policy;
  taxonomy: Taxonomy;
  /** YYYY-MM-DD, the date expiry checks use. */
  today: string;
  /** The text of another file of the project (for related places), when one is known. */
  readText?(file: string): string | undefined;
  report(r: Report): void;
}

/** A source document as the whole-document rules see it. */
export interface DocumentFacts {
  text: string;
  fileName: string;
  /** Its syntax tree, when the analysis parsed it. */
  tree?: ts.SourceFile;
  tags: readonly ParsedTag[];
  /** What the grammar could not read. */
  tagErrors: readonly TagSyntaxError[];
}

/** A document's outbound calls, each with the @crossBorder covering it and the verdict (analysis/egress.ts). */
export interface EgressFacts extends DocumentFacts {
  tree: ts.SourceFile;
  calls: readonly AnalyzedEgress[];
}

/** A policy file as read: the policy when it is usable, and its problems (syntax, schema, meaning). */
export interface PolicyFacts {
  policy?: Policy;
  problems: readonly PolicyProblem[];
  /** Where the policy names rules, and the ids of every rule, to check them against. */
  ruleReferences?: readonly RuleReference[];
  ruleIds: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  /** Once per source document, with its tags (and its tree, when the analysis parsed it). */
  document?(d: DocumentFacts, ctx: RuleContext): void;
  /**
   * Hints about code nobody tagged: once per source document the analysis parsed for them (a setting decides which:
   * every file, or only those parsed anyway for their tags; never test files). Skipped, parse and all, when off.
   */
  hints?(d: DocumentFacts & { tree: ts.SourceFile }, ctx: RuleContext): void;
  personalData?(t: ResolvedPersonalData, ctx: RuleContext): void;
  /** A @crossBorder tag whose destination is outside mainland China. */
  crossBorder?(t: ResolvedTransfer, ctx: RuleContext): void;
  /** A @crossBorder tag whose destination is in mainland China (not a transfer abroad at all). */
  domesticTransfer?(t: ResolvedTransfer, ctx: RuleContext): void;
  /** Once per source document with outbound calls (egress discovery, on by default, on tagged and untagged files). */
  egress?(e: EgressFacts, ctx: RuleContext): void;
  /** After every other rule of the document: the suppressions and which of them were used. */
  suppressions?(s: SuppressionFacts, ctx: RuleContext): void;
  /** Checks of the policy file itself; spans are offsets into the policy text. */
  policy?(p: PolicyFacts, ctx: RuleContext): void;
}

/** "a, b and c" / "a、b 和 c" */
export function list(items: string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return items.join('、');
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The category references with members outside `allowed` (patterns such as contact.*), each with the words naming
 * those members when the reference is a group: ' (a and b)' / '（a、b）', empty for a single category.
 */
export function outsideOf(refs: readonly CategoryRef[], allowed: readonly string[]): { ref: CategoryRef; which: Localized }[] {
  const found: { ref: CategoryRef; which: Localized }[] = [];
  for (const ref of refs) {
    const outside = ref.members.filter((id) => !matchesAny(allowed, id));
    if (outside.length === 0) continue;
    const group = ref.members.length > 1;
    found.push({ ref, which: { en: group ? ` (${list(outside, 'en')})` : '', zh: group ? `（${list(outside, 'zh')}）` : '' } });
  }
  return found;
}
