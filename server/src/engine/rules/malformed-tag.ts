import type { Rule } from './rule';

/** What the tag grammar (grammar/) could not read, on the exact span, with the closest candidates as fixes. */
export const rule: Rule = {
  meta: {
    id: 'malformed-tag',
    defaultSeverity: 'error',
    title: { en: 'A @personalData or @crossBorder tag cannot be read', zh: '无法解析 @personalData 或 @crossBorder 标签' },
    citations: [],
    needsPolicy: false,
    suppressible: true,
    fixAll: true,
  },
  document: (d, ctx) => {
    for (const e of d.tagErrors) {
      ctx.report({ span: e.span, message: e.message, fix: e.candidates?.length ? { kind: 'replace', span: e.span, candidates: e.candidates } : undefined });
    }
  },
};
