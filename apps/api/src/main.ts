import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { migrate, openDatabase } from './database/database';
import { seedDemoIfEmpty } from './database/seeds/demo-seed';

/** Exit code for bad configuration (EX_CONFIG), so supervisors do not restart in a loop. */
const EXIT_CONFIG = 78;

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  const database = await openDatabase(config);
  const applied = await migrate(database.url);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  configureApp(app, config, logger);

  // The embedded server stops by itself when this process goes away (see bin/pglite-server.mjs).
  if (database.embedded) await seedDemoIfEmpty(app.get(DataSource), logger);

  await app.listen(config.port, config.host);
  logger.info(
    { url: `http://${config.host}:${config.port}`, database: database.embedded ? 'embedded' : 'server' },
    'ethics case tracker is listening',
  );
}

bootstrap().catch((error: unknown) => {
  console.error('failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
