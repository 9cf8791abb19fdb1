import type { INestApplicationContext } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { seedArticleCase } from './article-case.seed';
import { DAY, DemoStory, type DemoPeople, type DemoPerson } from './demo-story';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { seedOtherCases } from './other-cases.seed';

/**
 * Seeds the demo users and cases on a database without users, through the same services as the
 * API's controllers (see DemoStory): every row comes with the audit event a request would have
 * written, dated by the story.
 *
 * Choices:
 * - Each step runs as the demo user the story gives it to, not as one system actor: four eyes
 *   (proposer and approver, author and approver) and authorship (who opened, collected, wrote)
 *   need distinct people. Only the demo users themselves are created by the system (no actor).
 * - The cases are told one after the other, each from its opening to its last step, in the
 *   order that numbers their references as before: the clock moves forward within a case and
 *   goes back to the next case's opening. The users and policy clauses date from a year earlier.
 * - Each step commits on its own, as a request would. Processes sharing a database server
 *   serialise on an advisory lock held on a connection of its own for the whole story, and only
 *   the first finds no users; an embedded database belongs to one process, whose pool holds one
 *   connection, so no lock is taken there. A story cut short (the process killed) leaves the
 *   steps told so far and is not resumed: start from an empty database to seed again.
 */
/** Key of the advisory lock a demo seed holds: distinct from the migration and sequencer locks. */
const DEMO_SEED_LOCK_KEY = 4_242_004;

export interface DemoSeedOptions {
  /** The demo password's hash, when already under way (hashing takes a second of CPU). */
  passwordHash?: Promise<string>;
  /** Other processes may seed the same database at once: take the advisory lock. */
  shared: boolean;
}

export async function seedDemoIfEmpty(
  app: INestApplicationContext,
  logger: Logger,
  options: DemoSeedOptions,
): Promise<boolean> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.manager.count(UserEntity)) > 0) return false;
  const passwordHash = await (options.passwordHash ?? argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id }));
  const lock = options.shared ? dataSource.createQueryRunner() : null;
  let seeded = false;
  try {
    await lock?.query('SELECT pg_advisory_lock($1)', [DEMO_SEED_LOCK_KEY]);
    if ((await dataSource.manager.count(UserEntity)) === 0) {
      await tellDemoStory(new DemoStory(app), passwordHash, Date.now());
      seeded = true;
    }
  } finally {
    await lock?.query('SELECT pg_advisory_unlock($1)', [DEMO_SEED_LOCK_KEY]);
    await lock?.release();
  }
  if (seeded) {
    logger.warn(
      { users: DEMO_USERS.map((user) => `${user.email} (${user.role})`) },
      `DEMO DATA seeded. Every demo user's password is "${DEMO_PASSWORD}": for demonstration only, never for real cases.`,
    );
  }
  return seeded;
}

async function tellDemoStory(story: DemoStory, passwordHash: string, now: number): Promise<void> {
  const joined = new Date(now - 365 * DAY);
  const byEmail = new Map<string, DemoPerson>();
  for (const demo of DEMO_USERS) {
    const user = await story.step(joined, null, (system) =>
      story.services.users.createWithPasswordHash(system, { ...demo, reason: 'demo data' }, passwordHash),
    );
    byEmail.set(demo.email, { id: user.id, email: user.email, name: user.name, role: user.role });
  }
  const people: DemoPeople = {
    admin: byEmail.get('admin@demo.test')!,
    lead: byEmail.get('lead@demo.test')!,
    reviewer: byEmail.get('reviewer@demo.test')!,
    reviewer2: byEmail.get('reviewer2@demo.test')!,
    executive: byEmail.get('exec@demo.test')!,
    auditor: byEmail.get('auditor@demo.test')!,
  };
  await seedArticleCase(story, people, now);
  await seedOtherCases(story, people, now);
}
