import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { PinoNestLogger } from './common/logger';
import type { AppConfig } from './config/app-config';
import { migrate, openDatabase, type Database } from './database/database';
import { seedDemoIfEmpty } from './database/seeds/demo-seed';

export interface RunningServer {
  app: NestExpressApplication;
  database: Database;
  close(): Promise<void>;
}

/**
 * Everything `npm start` does before listening: open the database (embedded
 * or server), migrate, build the app, and seed the demo data on a fresh
 * embedded database.
 */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    const applied = await migrate(database.url);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
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
