import type { Rule } from './rule';

/** Reported by suppress/apply.ts. */
export const unusedSuppression: Rule = {
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'info',
    title: { en: 'A suppression comment suppresses nothing', zh: '抑制注释没有抑制任何问题' },
    citations: [],
    needsPolicy: false,
  },
};
