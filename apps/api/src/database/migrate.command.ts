import 'reflect-metadata';
import { createRootLogger } from '../common/logger';
import { ConfigError, parseDatabaseRoles } from '../config/app-config';
import { migrateAndGrant } from './application-role';

/**
 * `npm run db:migrate`: migrates a PostgreSQL server as the tables' owner
 * (DATABASE_MIGRATION_URL, else DATABASE_URL), then grants the application's role
 * (DATABASE_APP_ROLE, else the user of DATABASE_URL) its privileges.
 */
async function main(): Promise<void> {
  const problems: string[] = [];
  const roles = parseDatabaseRoles(process.env, problems);
  const migrationUrl = roles.databaseMigrationUrl ?? roles.databaseUrl;
  if (!migrationUrl) problems.push('db:migrate needs DATABASE_MIGRATION_URL (the owner) or DATABASE_URL');
  if (problems.length > 0 || !migrationUrl) throw new ConfigError(problems);
  const logger = createRootLogger(process.env.LOG_LEVEL?.trim() || 'info');
  const separateOwner = roles.databaseMigrationUrl !== null;
  const { applied, grantedTo } = await migrateAndGrant({
    migrationUrl,
    applicationUrl: separateOwner ? roles.databaseUrl : null,
    applicationRole: separateOwner ? roles.databaseAppRole : null,
  });
  logger.info({ migrations: applied }, applied.length ? 'applied migrations' : 'no migration pending');
  if (grantedTo) logger.info({ role: grantedTo }, 'granted the application role its privileges');
  else
    logger.warn(
      'no separate application role (DATABASE_MIGRATION_URL with DATABASE_URL or DATABASE_APP_ROLE): no grants',
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
