import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import { EMBEDDED_CLUSTER_DIR, openDatabase, type Database } from './database/open-database';

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
  const fresh = isFreshEmbeddedDatabase(config);
  // The embedded database starts in a child process: the application's modules load meanwhile,
  // and a fresh database's demo password is hashed on a worker thread.
  const opening = openDatabase(config);
  opening.catch(() => undefined);
  const demoPasswordHash = fresh ? hashDemoPassword() : null;
  demoPasswordHash?.catch(() => undefined);
  const { NestFactory } = late<typeof import('@nestjs/core')>('@nestjs/core');
  const { AppModule } = late<typeof import('./app.module')>('./app.module');
  const { configureApp } = late<typeof import('./app.setup')>('./app.setup');
  const { PinoNestLogger } = late<typeof import('./common/logger')>('./common/logger');
  const { seedDemoIfEmpty } = late<typeof import('./database/seeds/demo-seed')>('./database/seeds/demo-seed');
  const { migrateAndGrant } = late<typeof import('./database/application-role')>('./database/application-role');
  const { checkLeastPrivilege } = late<typeof import('./database/least-privilege')>('./database/least-privilege');
  const database = await opening;
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
    if (database.embedded) {
      await seedDemoIfEmpty(app, logger, { passwordHash: demoPasswordHash ?? undefined, shared: false });
    }
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

/** No cluster under DATA_DIR yet: this start creates the embedded database and seeds it. */
function isFreshEmbeddedDatabase(config: AppConfig): boolean {
  return !config.databaseUrl && !existsSync(join(config.dataDir, EMBEDDED_CLUSTER_DIR, 'PG_VERSION'));
}

/** The demo users' password hash: a second of CPU, so computed while other start-up work runs. */
function hashDemoPassword(): Promise<string> {
  const argon2 = late<typeof import('argon2')>('argon2');
  const { DEMO_PASSWORD } = late<typeof import('./database/seeds/demo-users')>('./database/seeds/demo-users');
  return argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
}

/**
 * Loads a module when called rather than when this file loads: the application's modules take
 * a second or two of CPU to load, which overlaps with the embedded database's start only if
 * they load after its child process was forked. (A dynamic `import()` would make them ES modules.)
 */
function late<Module>(id: string): Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id) as Module;
}
