// Lint for the whole repository: `npm run lint` (a layer of `npm test`). Type-aware rules from
// typescript-eslint, React hooks, no import cycles, and the house boundaries (STYLE.md):
// lib/ never imports app/, and a route file imports lib/ and packages only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'tests/**', 'bench/**', 'scripts/**', 'prisma/**'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'lib/generated/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `onSubmit={async (e) => …}` is how React 19 forms are written; promises passed anywhere
      // else (callbacks, timers) must still be handled.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // endpoint() handlers and next-auth callbacks implement async contracts; some need no await.
      '@typescript-eslint/require-await': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // One time-zone stack (docs/decisions/023).
      'no-restricted-imports': [
        'error',
        {
          paths: ['luxon', 'moment', 'moment-timezone', 'dayjs', 'date-fns', '@date-fns/tz'].map((name) => ({
            name,
            message: 'Use lib/scheduling/zoned-time.ts (docs/decisions/023).',
          })),
        },
      ],
    },
  },
  {
    // lib/ is the domain: it never reaches into the web layer.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: TESTS,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './lib', from: './app', message: 'lib/ never imports app/.' }] },
      ],
    },
  },
  {
    // A route handler is thin: it imports lib/ and packages, nothing else of app/ (the OpenAPI
    // document's route reads the generated registry beside it).
    files: ['app/api/**/route.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './app/api/**/route.ts',
              from: './app',
              except: ['./api/openapi.json/registry.ts'],
              message: 'A route file imports lib/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: TESTS,
    rules: {
      // Tests read untyped JSON answers and assert on shapes; unsafe-* would need a cast per line.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Playwright fixtures call a function named `use`, which is not React's.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
