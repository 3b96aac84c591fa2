/** What a rule is: metadata plus checks over resolved tags (and, for a few, over the policy itself). */
import type { Citation, FixData, Localized, RelatedPlace, Severity, Span } from '../types';
import type { Policy, PolicyProblem } from '../policy/model';
import type { Taxonomy } from '../taxonomy/taxonomy';
import type { ResolvedPersonalData, ResolvedTransfer } from '../analysis/resolve';

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

export interface Rule {
  meta: RuleMeta;
  personalData?(t: ResolvedPersonalData, ctx: RuleContext): void;
  crossBorder?(t: ResolvedTransfer, ctx: RuleContext): void;
  /** Checks of the policy file itself; spans are offsets into the policy text. */
  policy?(policy: Policy, problems: PolicyProblem[], ctx: RuleContext): void;
}

/** "a, b and c" / "a、b 和 c" */
export function list(items: string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return items.join('、');
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
