import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every visible string comes from i18n: a literal in JSX is a bug for Korean users.
    files: ['renderer/src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    // shared/ is the pure domain: no browser, no Node, no database, no UI.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto'], message: 'shared/ must not use Node APIs.' },
            { group: ['dexie*', 'react*', 'electron', '@renderer/*', '../renderer/*', '../../renderer/*'], message: 'shared/ is pure domain code.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the host only through platform/.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Use renderer/src/platform instead.' }] }],
      'no-restricted-properties': ['error', { object: 'window', property: 'baton', message: 'Only platform/ talks to the preload bridge.' }],
    },
  },
  {
    // Features and the shell reach data only through the open workspace's API (workspace-api/):
    // one write path, one change log, nothing that bypasses them.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}', 'renderer/src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Use renderer/src/platform instead.' }],
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Features read and write through the workspace API (renderer/src/workspace-api).' },
            {
              group: ['**/db/*', '**/db/**'],
              message: 'Features read and write through the workspace API (renderer/src/workspace-api), never db/ or its repositories.',
            },
          ],
        },
      ],
    },
  },
);
