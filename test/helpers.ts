/** Small helpers shared by the tests: inline policies, one-call checks, and readable assertions. */
import * as path from 'node:path';
import { analyzeText, loadPolicy, type Finding, type Policy } from '../server/src/engine/index';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/** A policy from YAML text; fails the test if it has problems. */
export function policyFrom(yaml: string): Policy {
  const loaded = loadPolicy(yaml, '/project/privacy-policy.yaml');
  if (!loaded.policy || loaded.problems.length) {
    throw new Error(`test policy has problems: ${JSON.stringify(loaded.problems.map((p) => p.message.en))}`);
  }
  return loaded.policy;
}

export interface Checked {
  findings: Finding[];
  rules: string[];
  /** The source text under each finding of a rule. */
  textOf(rule: string): string[];
  only(rule: string): Finding[];
}

export function check(code: string, policy?: Policy | string, today = '2026-11-28', fileName = 'src/sample.ts'): Checked {
  const p = typeof policy === 'string' ? policyFrom(policy) : policy;
  const findings = analyzeText(code, fileName, p, { today });
  return {
    findings,
    rules: findings.map((f) => f.rule),
    textOf: (rule) => findings.filter((f) => f.rule === rule).map((f) => code.slice(f.span.start, f.span.end)),
    only: (rule) => findings.filter((f) => f.rule === rule),
  };
}

/** A JSDoc-tagged interface field, the commonest shape in the tests. */
export function field(tagLine: string, name = 'value'): string {
  return `export interface Sample {\n  /** ${tagLine} */\n  ${name}: string;\n}\n`;
}

/** A @crossBorder-tagged function. */
export function transfer(tagLine: string): string {
  return `/**\n * Sends orders abroad.\n * ${tagLine}\n */\nexport async function send(order: unknown): Promise<void> {}\n`;
}
