import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export { EMBEDDED_POOL_SIZE, openDatabase, type Database } from './open-database';

/** Key of the session advisory lock a migration run holds: one run at a time per database. */
export const MIGRATION_LOCK_KEY = 4_242_002;

/**
 * Runs pending migrations with a short-lived connection; returns their names. Replicas booting
 * together queue on an advisory lock: the first migrates, the others then find nothing pending.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return applied.map((migration) => migration.name);
  } finally {
    // Closing the connection releases the lock too, if a migration failed while holding it.
    await runner.release();
    await dataSource.destroy();
  }
}
