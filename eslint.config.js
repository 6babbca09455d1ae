// One lint configuration for source, tests and scripts. Type-aware rules keep `any` out.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The web layer's ban on storage repositories, allowing only the named imports. */
function webRepositories(allowImportNames) {
  return {
    group: ['**/storage/repositories/**'],
    ...(allowImportNames ? { allowImportNames } : {}),
    message: 'Web imports read-model types from src/core or the use cases, not from storage repositories.',
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The pure core must not reach for I/O: no node: modules, no adapters.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'node:fs/*', 'node:http', 'node:net', 'node:child_process', 'fs', 'http'],
              message: 'The core does no I/O.',
            },
            {
              group: [
                '**/storage/**',
                '**/web/**',
                '**/cli/**',
                '**/adapters/**',
                '**/pdf/**',
                '**/email/**',
                '**/importers/**',
              ],
              message: 'Dependencies point inward: the core imports no adapter.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web layer reads through use cases: read-model types come from the core or the use
    // cases that return them, never from storage's repositories. What web may take from
    // storage is named below, per file; the rest of storage (open-storage, storage-faults) is
    // wiring and stays allowed.
    files: ['src/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webRepositories()] }] },
  },
  {
    // Wiring: the guide's code look-ups are bound to the storage where the app is built.
    files: ['src/web/routes/guide/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webRepositories(['codeLookupStore'])] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
