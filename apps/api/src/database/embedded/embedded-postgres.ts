import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The socket server's connection cap: the app's pool, a migration run and a psql session fit. */
export const EMBEDDED_MAX_CONNECTIONS = 20;

export interface EmbeddedPostgres {
  url: string;
  /** A new cluster unpacked from the build's template rather than initialised on the spot. */
  fromTemplate: boolean;
  stop(): Promise<void>;
}

interface ReadyMessage {
  ready: boolean;
  port?: number;
  fromTemplate?: boolean;
  message?: string;
}

// Same depth from src/ and dist/, so this resolves in both.
const SERVER_SCRIPT = resolve(__dirname, '../../../bin/pglite-server.mjs');

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in a child process that
 * serves it on a loopback port, and returns a connection URL for `pg`.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const child = fork(SERVER_SCRIPT, [], {
    env: {
      ...process.env,
      PGLITE_DATA_DIR: dataDir,
      PGLITE_MAX_CONNECTIONS: String(EMBEDDED_MAX_CONNECTIONS),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port, fromTemplate } = await waitUntilReady(child);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    fromTemplate,
    stop: () => stopChild(child),
  };
}

function waitUntilReady(child: ChildProcess): Promise<{ port: number; fromTemplate: boolean }> {
  return new Promise((resolvePort, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`embedded PostgreSQL exited before it was ready (code ${code})`));
    child.once('exit', onExit);
    child.once('message', (message: ReadyMessage) => {
      child.off('exit', onExit);
      if (message.ready && message.port)
        resolvePort({ port: message.port, fromTemplate: message.fromTemplate === true });
      else reject(new Error(`embedded PostgreSQL failed to start: ${message.message ?? 'unknown'}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}
