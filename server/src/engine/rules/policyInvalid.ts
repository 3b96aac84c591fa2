import type { Rule } from './rule';

/** Problems in the policy file itself: syntax, schema and meaning. */
export const policyInvalid: Rule = {
  meta: {
    id: 'policy-invalid',
    defaultSeverity: 'error',
    title: { en: 'The policy file has an error', zh: '政策文件有错误' },
    citations: [],
    needsPolicy: false,
  },
  policy: (_policy, problems, ctx) => {
    for (const p of problems) ctx.report({ span: p.span, message: p.message, severity: p.severity });
  },
};
