// Serves a PGlite database on a loopback port over the PostgreSQL wire protocol.
// Started as a child process by the API (and by the test set-up) so that the
// application always talks to PostgreSQL through the ordinary `pg` driver.
// Reports `{ ready: true, port }` over IPC once it is listening.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ExchangeQueue } from './pglite-exchange-queue.mjs';
import { templateFile } from './pglite-template-file.mjs';

const dataDir = process.env.PGLITE_DATA_DIR;
const maxConnections = Number(process.env.PGLITE_MAX_CONNECTIONS ?? '20');
const port = Number(process.env.PGLITE_PORT ?? '0');

/** A new data directory starts from the build's template when there is one, instead of initdb. */
function freshClusterTemplate() {
  if (!dataDir || existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
  const template = templateFile();
  return existsSync(template) ? new Blob([readFileSync(template)]) : undefined;
}

async function main() {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const loadDataDir = freshClusterTemplate();
  const db = await PGlite.create(dataDir ? { dataDir, loadDataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
  // Connections get the server's queue when they attach: replaced before the first one does.
  // pglite-socket declares the queue private; it has no option to supply one.
  /** @type {{ queryQueue: unknown }} */ (/** @type {unknown} */ (server)).queryQueue = new ExchangeQueue(db);
  await server.start();
  const listeningPort = Number(server.getServerConn().split(':').pop());

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The parent owns this process: when it goes away, so do we.
  process.on('disconnect', () => void stop());

  if (process.send) process.send({ ready: true, port: listeningPort, fromTemplate: loadDataDir !== undefined });
}

main().catch((error) => {
  if (process.send) process.send({ ready: false, message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
