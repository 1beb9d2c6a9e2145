import tseslint from 'typescript-eslint';

/** Lint, and the layering rules of STYLE.md checked by a tool rather than by memory. */
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist-cli/**', 'node_modules/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text with Preact, or sanitize with DOMPurify.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['analyzer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', 'webextension-polyfill', '**/entrypoints/**', '**/components/**', '**/utils/**', 'preact', 'preact/*'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'location', 'navigator'],
    },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/entrypoints/**'] }] },
  },
);
