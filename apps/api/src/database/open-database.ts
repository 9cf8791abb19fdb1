import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
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

/** The embedded cluster's folder under DATA_DIR. */
export const EMBEDDED_CLUSTER_DIR = 'pgdata';

/** The configured PostgreSQL server, or the embedded one under DATA_DIR. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, poolSize: config.databasePoolSize, embedded: null };
  mkdirSync(config.dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres(join(config.dataDir, EMBEDDED_CLUSTER_DIR));
  return { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded };
}
