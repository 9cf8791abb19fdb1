// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'libs/api-client/src/schema.d.ts',
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      '**/*.cjs',
      '**/*.mjs',
      '**/*.js',
      // The offline verifier and the embedded database's server ship as plain JavaScript: checked below.
      '!apps/api/bin/*.cjs',
      '!apps/api/bin/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './apps/api/tsconfig.test.json',
          './apps/web/tsconfig.json',
          './apps/web/tsconfig.node.json',
          './libs/domain/tsconfig.json',
          './libs/authz/tsconfig.json',
          './apps/api/bin/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // TypeScript resolves their names (apps/api/bin/tsconfig.json checks the JavaScript from its JSDoc types).
    files: ['apps/api/bin/*.cjs', 'apps/api/bin/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['apps/api/bin/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // CommonJS, so that the API's TypeScript and the verifier share it without a build.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Nest injects by the runtime class, so constructor parameter types must stay value imports.
    files: ['apps/api/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Tests read loosely typed HTTP bodies (supertest's `body` is `any`) on purpose.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.test.ts', '**/*.test.tsx', 'apps/api/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
