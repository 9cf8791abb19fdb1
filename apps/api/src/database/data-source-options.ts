import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
}

/**
 * One set of options for the embedded database and a PostgreSQL server alike:
 * both are reached through the `pg` driver. Schema changes come only from
 * migrations, never from `synchronize`.
 */
export function dataSourceOptions({ url, poolSize }: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: {
      max: poolSize,
      // Fail fast while the database is unreachable instead of queueing requests.
      connectionTimeoutMillis: poolSize === 1 ? 30000 : 5000,
      idleTimeoutMillis: 30000,
      application_name: 'ethics-case-tracker',
    },
  };
}
