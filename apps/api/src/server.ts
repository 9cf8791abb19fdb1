import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { PinoNestLogger } from './common/logger';
import type { AppConfig } from './config/app-config';
import { migrateAndGrant } from './database/application-role';
import { openDatabase, type Database } from './database/database';
import { checkLeastPrivilege } from './database/least-privilege';
import { seedDemoIfEmpty } from './database/seeds/demo-seed';

export interface RunningServer {
  app: NestExpressApplication;
  database: Database;
  close(): Promise<void>;
}

/**
 * Everything `npm start` does before listening: open the database (embedded
 * or server), migrate (as the owner when DATABASE_MIGRATION_URL is set, then
 * grant the application's role its privileges), check that role's privileges,
 * build the app, and seed the demo data on a fresh embedded database.
 */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    const owner = config.databaseMigrationUrl;
    const { applied, grantedTo } = await migrateAndGrant({
      migrationUrl: owner ?? database.url,
      applicationUrl: owner ? database.url : null,
      applicationRole: owner ? config.databaseAppRole : null,
    });
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
    if (grantedTo) logger.info({ role: grantedTo }, 'granted the application role its privileges');
    await checkLeastPrivilege(database.url, database.embedded !== null, config.requireLeastPrivilege, logger);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    configureApp(app, config, logger);
    if (database.embedded) await seedDemoIfEmpty(app.get(DataSource), logger);
    return {
      app,
      database,
      close: async () => {
        await app.close();
        await database.embedded?.stop();
      },
    };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}
