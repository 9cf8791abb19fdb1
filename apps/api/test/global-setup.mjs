// Starts one embedded PostgreSQL (PGlite) for the whole test run, unless
// TEST_DATABASE_URL names a PostgreSQL server to run the suite against.
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.ETHICS_TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
    process.env.ETHICS_TEST_DATABASE_KIND = 'server';
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ethics-test-pglite-'));
  const child = fork(join(here, '../bin/pglite-server.mjs'), [], {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, PGLITE_MAX_CONNECTIONS: '20' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code})`)));
    child.once('message', (message) => (message.ready ? resolve(message.port) : reject(new Error(message.message))));
  });
  globalThis.__ETHICS_PGLITE__ = child;
  process.env.ETHICS_TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
  process.env.ETHICS_TEST_DATABASE_KIND = 'embedded';
}
