import 'reflect-metadata';
import { DatabaseNotEmptyError, seedLarge } from './large-seed';
import { LARGE_SEED_USAGE, UsageError, parseLargeSeedArgs } from './large-seed-options';
import { Progress } from './progress';

/**
 * `npm run seed:large`: a large data set for measuring (QUALITY.md), into DATABASE_URL only,
 * never into the embedded default by accident.
 */
async function main(): Promise<number> {
  const command = parseLargeSeedArgs(process.argv.slice(2));
  if (command.help) {
    console.log(LARGE_SEED_USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error(
      'DATABASE_URL is not set. seed:large writes only into a PostgreSQL server named on purpose, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/ethics_large npm run seed:large',
    );
    return 2;
  }
  const where = new URL(url);
  console.error(`seeding ${where.host}${where.pathname}: ${JSON.stringify(command.sizes)}`);
  const result = await seedLarge({ url, ...command, progress: new Progress() });
  console.log(`\nseeded in ${result.seconds.toFixed(0)} s; rows now in the database:`);
  for (const [table, count] of Object.entries(result.counts)) {
    console.log(`  ${table.padEnd(34)} ${count.toLocaleString('en-US').padStart(12)}`);
  }
  const { leads, reviewers, executives, auditors, admins } = result.people;
  console.log(`\nsign-ins (password "${result.password}" for all; for measuring only):`);
  console.log(`  busy lead (member of every case): ${leads[0].email}`);
  console.log(
    `  other leads: ${leads
      .slice(1)
      .map((p) => p.email)
      .join(', ')}`,
  );
  console.log(`  reviewers: ${reviewers[0].email} … ${reviewers[reviewers.length - 1].email}`);
  console.log(`  executives: ${executives.map((p) => p.email).join(', ')}`);
  console.log(`  auditors: ${auditors.map((p) => p.email).join(', ')}`);
  console.log(`  admin: ${admins.map((p) => p.email).join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${LARGE_SEED_USAGE}`);
    else if (error instanceof DatabaseNotEmptyError) console.error(error.message);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
