/** @type {import('jest').Config} */
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  '@standard-schema',
  '@electric-sql',
  'libphonenumber-js',
].join('|');

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleNameMapper: {
    '^@ethics/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@ethics/authz$': '<rootDir>/../../libs/authz/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
  // Collected by `npm test` (test:coverage), not by a run of single specs, where the totals mean
  // nothing. test:coverage runs the specs one at a time in one worker, renewed once its heap
  // passes 700 MB: in a single long-lived process every spec's V8 coverage also covers the
  // scripts earlier specs left loaded, and the suite took three times as long.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/database/migrations/**'],
  coverageDirectory: '<rootDir>/../../coverage/api',
  coverageReporters: ['text-summary', 'html', 'json-summary'],
  // Today's level less a margin: a fall below fails the run. Raise them as coverage grows.
  coverageThreshold: {
    global: { statements: 92, branches: 90, functions: 90, lines: 92 },
  },
};
