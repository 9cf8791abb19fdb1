import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export { EMBEDDED_POOL_SIZE, openDatabase, type Database } from './open-database';

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
