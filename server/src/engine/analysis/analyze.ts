/**
 * The engine's entry points for findings: those of one source text, and those of a policy file.
 * Shared by the CLI, the language server and the tests.
 */
import type { Finding } from '../types';
import type { Policy } from '../policy/model';
import type { LoadedPolicy } from '../policy/loadPolicy';
import { RULES, RULE_IDS } from '../rules/index';
import { analyzeDocument, sortFindings } from './document';
import { collector, todayUtc, type AnalyzeOptions } from './context';

/** The findings of one JS/TS source text against a policy (or, without one, against the law alone). */
export function analyzeText(text: string, fileName: string, policy?: Policy, options: AnalyzeOptions = {}): Finding[] {
  return analyzeDocument({ text, fileName }, policy, options).findings as Finding[];
}

/** Findings inside the policy file itself: its errors (policy-invalid) and policy-level rules. */
export function analyzePolicy(loaded: LoadedPolicy, text: string, options: AnalyzeOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const context = collector(findings, text, loaded.policy, options.today ?? todayUtc());
  const facts = { ...loaded, ruleIds: RULE_IDS };
  for (const rule of RULES) rule.policy?.(facts, context(rule));
  return sortFindings(findings);
}
