import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { openCase } from '../factories/cases.factory';
import { recordEvidence } from '../factories/evidence.factory';
import { signedInUser } from '../factories/users.factory';
import { testConfig, testDatabaseUrl, type TestApp } from '../support/test-app';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';
import type { AppConfig } from '../../src/config/app-config';
import { migrateAndGrant, withClient, type MigrationPlan } from '../../src/database/application-role';
import { excessPrivileges } from '../../src/database/least-privilege';
import { LeastPrivilegeError } from '../../src/database/least-privilege.error';
import { MIGRATIONS } from '../../src/database/migrations';
import { startServer } from '../../src/server';

const INIT_SCRIPT = join(__dirname, '../../../../deploy/postgres/init/01-roles.sh');

/** What each role may not do to an append-only table, and how PostgreSQL refuses. */
const TAMPERING = (table: string) => [
  `ALTER TABLE ${table} DISABLE TRIGGER USER`,
  'SET session_replication_role = replica',
  `UPDATE ${table} SET occurred_at = now()`,
  `DELETE FROM ${table}`,
  `TRUNCATE ${table}`,
];
const NOT_ALLOWED = /permission denied|must be owner/;

/**
 * The two roles of a server deployment, created by the compose service's init script in a database
 * of their own: the owner migrates; the application role can add to the audit trail and the chain
 * of custody but neither change, remove nor switch off their guards.
 */
describe('database roles on a PostgreSQL server', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = { role: `ethics_owner_${suffix}`, password: randomBytes(12).toString('hex') };
  const app = { role: `ethics_app_${suffix}`, password: randomBytes(12).toString('hex') };
  const database = `ethics_roles_${suffix}`;
  const admin = new URL(testDatabaseUrl());
  const urlOf = ({ role, password }: { role: string; password: string }) => {
    const url = new URL(admin);
    url.username = role;
    url.password = password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const ownerUrl = urlOf(owner);
  const appUrl = urlOf(app);
  const plan: MigrationPlan = { migrationUrl: ownerUrl, applicationUrl: appUrl, applicationRole: null };
  const asAdmin = (sql: string) => withClient(testDatabaseUrl(), (client) => client.query(sql));

  let migrations: Awaited<ReturnType<typeof migrateAndGrant>>[];

  beforeAll(async () => {
    await promisify(execFile)('bash', [INIT_SCRIPT], {
      env: {
        PATH: process.env.PATH,
        PGHOST: admin.hostname,
        PGPORT: admin.port || '5432',
        ...(admin.password ? { PGPASSWORD: decodeURIComponent(admin.password) } : {}),
        POSTGRES_USER: decodeURIComponent(admin.username) || 'postgres',
        POSTGRES_DB: admin.pathname.slice(1),
        ETHICS_OWNER_ROLE: owner.role,
        ETHICS_APP_ROLE: app.role,
        ETHICS_DATABASE: database,
        ETHICS_OWNER_PASSWORD: owner.password,
        ETHICS_APP_PASSWORD: app.password,
      },
    });
    // Two replicas booting at once.
    migrations = await Promise.all([migrateAndGrant(plan), migrateAndGrant(plan)]);
  }, 120_000);

  afterAll(async () => {
    // Roles are cluster-wide: nothing of this run may outlive it.
    await asAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await asAdmin(`DROP ROLE IF EXISTS ${app.role}`);
    await asAdmin(`DROP ROLE IF EXISTS ${owner.role}`);
  });

  it('migrates as the owner, one run at a time, and grants the application role', async () => {
    const applied = migrations.flatMap((outcome) => outcome.applied).sort();
    expect(applied).toEqual(MIGRATIONS.map((migration) => new migration().name).sort());
    expect(migrations.map((outcome) => outcome.grantedTo)).toEqual([app.role, app.role]);
    const { rows } = await withClient(ownerUrl, (client) =>
      client.query<{ owner: string }>(
        "SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace",
      ),
    );
    expect(rows).toEqual([{ owner: owner.role }]);
  });

  it('reports no excess privilege for the application role, and the owner’s and the superuser’s', async () => {
    await expect(excessPrivileges(appUrl)).resolves.toEqual([]);
    await expect(excessPrivileges(ownerUrl)).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining(`the owner of audit_events`)]),
    );
    await expect(excessPrivileges(testDatabaseUrl())).resolves.not.toEqual([]);
  });

  it.each(['audit_events', 'evidence_custody'])(
    'lets the application role neither switch off, change nor empty %s',
    async (table) => {
      await withClient(appUrl, async (client) => {
        for (const statement of TAMPERING(table)) {
          await expect(client.query(statement)).rejects.toThrow(NOT_ALLOWED);
        }
      });
    },
  );

  describe('the application on its own role', () => {
    let t: TestApp;
    const logged: { level: number; msg: string }[] = [];

    beforeAll(async () => {
      t = await boot({ databaseUrl: appUrl, databaseMigrationUrl: ownerUrl, requireLeastPrivilege: true }, logged);
    }, 60_000);
    afterAll(async () => {
      await t.close();
    });

    it('boots without a privilege warning, writes audited changes and custody, and seals them', async () => {
      expect(logged.filter((line) => line.level >= 40)).toEqual([]);
      const lead = await signedInUser(t, 'lead');
      const opened = await openCase(t, lead);
      const evidence = await recordEvidence(t, lead, opened.id);
      await expect(t.app.get(AuditSequencer).sealCommitted()).resolves.toBe(true);

      const events = await t.dataSource.query<{ seq: string | null }[]>(
        'SELECT seq FROM audit_events WHERE case_id = $1',
        [opened.id],
      );
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(events.every((event) => event.seq !== null)).toBe(true);
      const custody = await t.dataSource.query<unknown[]>('SELECT 1 FROM evidence_custody WHERE evidence_id = $1', [
        evidence.id,
      ]);
      expect(custody.length).toBeGreaterThan(0);

      // The seal's columns are the application's to write once, never again.
      await expect(
        t.dataSource.query("UPDATE audit_events SET hash = repeat('0', 64) WHERE case_id = $1", [opened.id]),
      ).rejects.toThrow(/append-only/);
      // The owner can reach the rows, but the triggers still refuse.
      await withClient(ownerUrl, async (client) => {
        for (const statement of TAMPERING('evidence_custody').slice(2)) {
          await expect(client.query(statement)).rejects.toThrow(/append-only/);
        }
      });
    });
  });

  it('boots as the application role alone once migrated, as after `npm run db:migrate`', async () => {
    const logged: { level: number; msg: string }[] = [];
    const running = await boot({ databaseUrl: appUrl, requireLeastPrivilege: true }, logged);
    await running.close();
    expect(logged.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('warns at boot when the application connects as the owner, and refuses with REQUIRE_LEAST_PRIVILEGE', async () => {
    await expect(boot({ databaseUrl: ownerUrl, requireLeastPrivilege: true })).rejects.toThrow(LeastPrivilegeError);
    await expect(boot({ databaseUrl: ownerUrl, requireLeastPrivilege: true })).rejects.toThrow(
      `${owner.role} is or can become ${owner.role}, the owner of audit_events`,
    );

    const logged: { level: number; msg: string }[] = [];
    const running = await boot({ databaseUrl: ownerUrl, requireLeastPrivilege: false }, logged);
    await running.close();
    expect(logged.filter((line) => line.level === 40).map((line) => line.msg)).toEqual([
      expect.stringMatching(/^WARNING: the application’s database role could alter .* owner of evidence_custody/),
    ]);
  });
});

/** The application as `npm start` builds it (migration, grants, privilege check), without listening. */
async function boot(overrides: Partial<AppConfig>, logged: { level: number; msg: string }[] = []): Promise<TestApp> {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  const server = await startServer(testConfig(overrides), pino({ level: 'warn' }, sink));
  const application: NestExpressApplication = server.app;
  await application.init();
  return {
    app: application,
    http: application.getHttpServer() as App,
    dataSource: application.get(DataSource),
    databaseUrl: overrides.databaseUrl ?? '',
    close: () => server.close(),
  };
}
