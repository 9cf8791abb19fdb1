// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The dashboard's layers, app → features → api → lib and components, import downwards only:
 * for each folder of apps/web/src, the folders of apps/web/src it may not import. A feature
 * may not import another feature either (see `featureBlocks`), so that what two features share
 * moves down into api/, components/ or lib/ instead of being copied or reached sideways.
 */
const webLayers = {
  features: ['app', 'features'],
  api: ['app', 'features', 'components'],
  components: ['app', 'features', 'api'],
  lib: ['app', 'features', 'api'],
};

/** How deep below its layer folder a dashboard file may stand and still be checked. */
const WEB_NESTING = 4;

/**
 * The dashboard imports by relative path, so which folder an import reaches depends on how deep
 * the importing file stands: one `files` block a depth, each with the `../` count of that depth.
 */
function webLayerBlocks() {
  return Object.entries(webLayers).flatMap(([layer, forbidden]) =>
    Array.from({ length: WEB_NESTING + 1 }, (_, depth) => {
      const toSrc = '\\.\\./'.repeat(depth + 1);
      const toLayer = '\\.\\./'.repeat(depth);
      const patterns = forbidden.map((folder) => ({
        regex: `^${toSrc}${folder}(/|$)`,
        message: `${layer}/ may not import ${folder}/ (docs/architecture.md, "What may import what").`,
      }));
      if (layer === 'features' && depth > 0) {
        patterns.push({
          regex: `^${toLayer}[^./]`,
          message: 'A feature may not import another feature: move what both need to api/, components/ or lib/.',
        });
      }
      return {
        files: [`apps/web/src/${layer}/${'*/'.repeat(depth)}*.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
    }),
  );
}

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
  ...webLayerBlocks(),
  {
    // The demo seed writes through the modules' services; a module reaching back into it would loop.
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)database/seeds(/|$)',
              message: 'Modules may not import the seeds (docs/architecture.md, "What may import what").',
            },
          ],
        },
      ],
    },
  },
  {
    // The libraries are shared by both apps and built before them.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)apps/|^@ethics/(api|web)(/|$)',
              message: 'A library may not import an app (docs/architecture.md, "What may import what").',
            },
          ],
        },
      ],
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
