// Specs that need a PostgreSQL server of their own (database roles, crash and restart of a
// separate API process): run by `npm run test:server` with TEST_DATABASE_URL, as .ci/run does.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/server/**/*.server-spec.ts'],
  globalSetup: '<rootDir>/test/server/global-setup.mjs',
  globalTeardown: undefined,
};
