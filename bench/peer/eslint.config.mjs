// The peer of scenario 1: ESLint with typescript-eslint's parser and eslint-plugin-jsdoc's check-tag-names,
// told that @personalData and @crossBorder are real tags. Passed with --config; ESLint runs in the workspace.
import tsParser from '@typescript-eslint/parser';
import jsdoc from 'eslint-plugin-jsdoc';

export default [
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { jsdoc },
    rules: {
      'jsdoc/check-tag-names': ['error', { definedTags: ['personalData', 'crossBorder'] }],
    },
  },
];
