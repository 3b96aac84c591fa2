import type { Rule } from './rule';

/** Reported from the grammar's errors (see extract/ and grammar/); the rule holds the metadata. */
export const malformedTag: Rule = {
  meta: {
    id: 'malformed-tag',
    defaultSeverity: 'error',
    title: { en: 'A @personalData or @crossBorder tag cannot be read', zh: '无法解析 @personalData 或 @crossBorder 标签' },
    citations: [],
    needsPolicy: false,
  },
};
