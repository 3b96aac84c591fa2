import type { Rule } from './rule';
import { unknownRules } from '../policy/semantics';

/** Problems in the policy file itself: syntax, schema and meaning. */
export const rule: Rule = {
  meta: {
    id: 'policy-invalid',
    defaultSeverity: 'error',
    title: { en: 'The policy file has an error', zh: '政策文件有错误' },
    citations: [],
    needsPolicy: false,
    suppressible: false,
    fixAll: false,
  },
  policy: (p, ctx) => {
    for (const problem of [...p.problems, ...unknownRules(p.ruleReferences ?? [], p.ruleIds)]) ctx.report({ span: problem.span, message: problem.message, severity: problem.severity });
  },
};
