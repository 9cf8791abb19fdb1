import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, MigrationExecutor } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded/embedded-postgres';

export interface Database {
  url: string;
  poolSize: number;
  embedded: EmbeddedPostgres | null;
}

/**
 * PGlite is one database session behind every socket connection, and the
 * extended query protocol's unnamed portal is per session: two connections
 * interleaving Parse/Bind/Execute break each other. One connection it is;
 * PGlite runs one statement at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The configured PostgreSQL server, or the embedded one under DATA_DIR. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, poolSize: config.databasePoolSize, embedded: null };
  mkdirSync(config.dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pgdata'));
  return { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded };
}

/** Held while migrating, so that replicas starting together apply each migration once. */
export const MIGRATION_LOCK_KEY = 4_242_010;

/**
 * Runs pending migrations with a short-lived connection; returns their names. Processes that
 * start together take turns under a session advisory lock: the first applies what is pending,
 * the others then find nothing left to do.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  const connection = dataSource.createQueryRunner();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, connection);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    // Closing the connection would release the lock too; unlocking first says so.
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await connection.release();
    await dataSource.destroy();
  }
}
