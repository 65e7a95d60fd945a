// Lint rules: TypeScript's recommended set and one import order everywhere
// (node built-ins, packages, our #libraries, then relative files).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'libs/prisma/src/generated/', 'apps/portal/src/gql/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      'simple-import-sort/imports': ['error', { groups: [['^node:'], ['^@?\\w'], ['^#'], ['^\\.']] }],
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest's decorators and GraphQL's code-first types need classes that are only referenced by metadata.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  // The portal: React's rules of hooks, and the React Compiler's checks of what hooks and components may do.
  { files: ['apps/portal/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
);
