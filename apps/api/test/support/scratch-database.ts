import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { isEmbeddedDatabase, testDatabaseUrl } from './test-app';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own, for specs that tamper with the audit chain or fill it with tens of
 * thousands of events: other specs check the shared database's whole chain, and would break
 * or slow down. On a server it is a new database beside the test one; on the embedded default
 * a second PGlite process, as PGlite serves one database per process.
 */
export function createScratchDatabase(): Promise<ScratchDatabase> {
  return isEmbeddedDatabase() ? startEmbedded() : createOnServer();
}

async function createOnServer(): Promise<ScratchDatabase> {
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function startEmbedded(): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ethics-scratch-pglite-'));
  const child = fork(join(__dirname, '../../bin/pglite-server.mjs'), [], {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, PGLITE_MAX_CONNECTIONS: '20' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scratch PGlite exited (${code})`)));
    child.once('message', (message: { ready: boolean; port?: number; message?: string }) =>
      message.ready && message.port ? resolve(message.port) : reject(new Error(message.message)),
    );
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    drop: async () => {
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
