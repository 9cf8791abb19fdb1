import * as argon2 from 'argon2';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { seedArticleCase, type DemoPeople } from './article-case.seed';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { seedOtherCases } from './other-cases.seed';
import { SeedWriter } from './seed-writer';

/**
 * Seeds the demo users and cases on a database without users. Every row is
 * written with its audit event, like any other change.
 */
/** Key of the advisory lock a demo seed holds: distinct from the migration and sequencer locks. */
const DEMO_SEED_LOCK_KEY = 4_242_004;

export async function seedDemoIfEmpty(
  dataSource: DataSource,
  logger: Logger,
  demoPasswordHash?: Promise<string>,
): Promise<boolean> {
  if ((await dataSource.manager.count(UserEntity)) > 0) return false;
  // Hashing is slow: done before the transaction opens (or already under way when given).
  const passwordHash = await (demoPasswordHash ?? argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id }));
  const seeded = await dataSource.transaction(async (manager) => {
    // Two processes starting at once must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK_KEY]);
    if ((await manager.count(UserEntity)) > 0) return false;
    await seedDemo(manager, passwordHash);
    return true;
  });
  if (seeded) {
    logger.warn(
      { users: DEMO_USERS.map((user) => `${user.email} (${user.role})`) },
      `DEMO DATA seeded. Every demo user's password is "${DEMO_PASSWORD}": for demonstration only, never for real cases.`,
    );
  }
  return seeded;
}

async function seedDemo(manager: EntityManager, passwordHash: string): Promise<void> {
  const writer = new SeedWriter(manager);
  const byEmail = new Map<string, Awaited<ReturnType<SeedWriter['user']>>>();
  for (const demo of DEMO_USERS) byEmail.set(demo.email, await writer.user({ ...demo, passwordHash }));
  const people: DemoPeople = {
    admin: byEmail.get('admin@demo.test')!,
    lead: byEmail.get('lead@demo.test')!,
    reviewer: byEmail.get('reviewer@demo.test')!,
    reviewer2: byEmail.get('reviewer2@demo.test')!,
    executive: byEmail.get('exec@demo.test')!,
    auditor: byEmail.get('auditor@demo.test')!,
  };
  const now = Date.now();
  await seedArticleCase(writer, people, now);
  await seedOtherCases(writer, people, now);
}
