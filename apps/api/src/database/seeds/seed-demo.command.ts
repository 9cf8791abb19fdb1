import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditSealsRepository } from '../../audit/audit-seals.repository';
import { AuditSequencer } from '../../audit/audit-sequencer.service';
import { createRootLogger } from '../../common/logger';
import { ConfigError, loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';
import { migrate, openDatabase } from '../database';
import { seedDemoIfEmpty } from './demo-seed';

/**
 * `npm run seed:demo`: seeds the demo data on purpose, including on a
 * PostgreSQL server (DATABASE_URL), where start-up never seeds by itself.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    await migrate(database.url);
    const dataSource = new DataSource(dataSourceOptions(database));
    await dataSource.initialize();
    try {
      const seeded = await seedDemoIfEmpty(dataSource, logger);
      if (!seeded) logger.info('the database already has users; demo data not seeded');
      // No API process may be running to chain the seeded events: seal them before leaving.
      await new AuditSequencer(dataSource, new AuditSealsRepository()).sealCommitted();
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
