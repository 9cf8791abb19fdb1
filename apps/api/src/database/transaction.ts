import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { BusyProblem } from '../common/app-errors';

/**
 * SQLSTATEs after which PostgreSQL has rolled the whole transaction back and running it
 * again may succeed: a serialization failure, or the loser of a deadlock.
 */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

/** Attempts in all, the first included; bounded so that a hot row cannot hold a request forever. */
export const TRANSACTION_ATTEMPTS = 4;

/** Seconds a client is asked to wait when every attempt lost. */
export const CONTENTION_RETRY_AFTER_SECONDS = 1;

export function isRetryableTransactionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const sqlState = typeof code === 'string' ? code : driverError?.code;
  return typeof sqlState === 'string' && RETRYABLE_SQLSTATES.has(sqlState);
}

/**
 * Runs `work` in one transaction, running it again from the start when PostgreSQL aborted
 * it for a deadlock or a serialization failure. `work` must therefore do nothing outside
 * the manager it is given (the house rule anyway): a rolled-back attempt leaves no trace.
 * After the last attempt the caller gets 503 with Retry-After, never a misleading 409.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isRetryableTransactionError(error)) throw error;
      if (attempt >= TRANSACTION_ATTEMPTS) {
        throw new BusyProblem(
          'The change collided with concurrent changes too often; try again.',
          CONTENTION_RETRY_AFTER_SECONDS,
        );
      }
      // Jittered back-off, so that the transactions that collided do not collide again in step.
      await sleep(Math.round((5 + Math.random() * 20) * attempt));
    }
  }
}
