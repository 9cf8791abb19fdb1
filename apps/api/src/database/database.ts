import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
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
