import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'coverage/', 'tmp/', '.tmp/', '.storybook/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Data is text, never markup: no HTML sinks anywhere in the library.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is text, never markup: render with Lit templates.' },
        { property: 'outerHTML', message: 'Data is text, never markup: render with Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Data is text, never markup: render with Lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        { name: 'lit/directives/unsafe-html.js', message: 'Data is text, never markup.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Data is text, never markup.' },
        { name: 'd3', message: 'Import the d3 module you need (d3-scale, d3-shape …), not all of d3.' },
        { name: 'd3-selection', message: 'd3 computes, Lit renders: no d3-selection in shadow roots.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'tests/cli/**/*.mjs', 'tests/wordpress/**/*.mjs', 'tests/workbook/**/*.mjs', '*.config.js', 'src/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (expect(x).to.exist) read as bare expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
