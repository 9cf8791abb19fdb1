import type { Logger } from 'pino';
import type { RunningServer } from '../server';
import { DrainState } from './drain-state';

/** Past the drain, how long closing the app (last seal, pool, embedded database) may take. */
const CLOSE_GRACE_MS = 15_000;

/**
 * Drains, then closes: new connections are refused and `/health` answers 503 on the ones still
 * open; requests and streaming exports in flight finish, up to `timeoutMs`, after which the
 * connections still open are cut (a cut export lacks its last chunk, so no client mistakes it for
 * a whole one). Then the app closes: the sequencer seals what is committed, the pool closes, and
 * the embedded database, if any, stops.
 */
export async function drainAndClose(server: RunningServer, timeoutMs: number, logger: Logger): Promise<void> {
  const http = server.app.getHttpServer();
  server.app.get(DrainState).begin();
  const drained = new Promise<void>((resolve) => http.close(() => resolve()));
  logger.info({ timeoutMs }, 'shutdown: new connections refused; finishing requests in flight');
  const cut = setTimeout(() => {
    logger.warn({ timeoutMs }, 'shutdown: requests still in flight after the timeout are cut');
    http.closeAllConnections();
  }, timeoutMs);
  await drained;
  clearTimeout(cut);
  logger.info('shutdown: requests drained; closing the database pool');
  await server.close();
}

/**
 * SIGTERM (what Docker, Kubernetes and systemd send) or SIGINT starts one graceful shutdown; the
 * process exits 0 once it is done, or 1 if closing failed or overran its bounds. A repeated
 * signal does not start another.
 */
export function shutDownOnSignals(server: RunningServer, timeoutMs: number, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'shutdown already under way');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutdown: signal received');
    setTimeout(() => {
      logger.error('shutdown overran its bounds; exiting');
      process.exit(1);
    }, timeoutMs + CLOSE_GRACE_MS).unref();
    drainAndClose(server, timeoutMs, logger).then(
      () => {
        logger.info('shutdown complete');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
