import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../app.module';
import { AuditSequencer } from '../../audit/audit-sequencer.service';
import { createRootLogger, PinoNestLogger } from '../../common/logger';
import { ConfigError, loadConfig } from '../../config/app-config';
import { migrate, openDatabase } from '../database';
import { seedDemoIfEmpty } from './demo-seed';

/**
 * `npm run seed:demo`: seeds the demo data on purpose, including on a
 * PostgreSQL server (DATABASE_URL), where start-up never seeds by itself.
 * The application is built without serving HTTP, so the story is written by its services.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    await migrate(database.url);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), {
      logger: new PinoNestLogger(logger),
    });
    try {
      const seeded = await seedDemoIfEmpty(app, logger, { shared: database.embedded === null });
      if (!seeded) logger.info('the database already has users; demo data not seeded');
      // No API process may be running to chain the seeded events: seal them before leaving.
      await app.get(AuditSequencer).sealCommitted();
    } finally {
      await app.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
