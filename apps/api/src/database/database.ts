import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export { EMBEDDED_POOL_SIZE, openDatabase, type Database } from './open-database';

/** Runs pending migrations with a short-lived connection; returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
