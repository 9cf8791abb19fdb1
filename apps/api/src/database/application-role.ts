import { Client } from 'pg';
import { migrate, MIGRATION_LOCK_KEY } from './database';

/** The tables whose rows the application may add and read but never change or remove. */
export const APPEND_ONLY_TABLES = ['audit_events', 'evidence_custody'] as const;

/** The columns the audit sequencer fills in once, when it seals an event (audit/audit-seals.repository.ts). */
export const AUDIT_SEAL_COLUMNS = ['seq', 'prev_hash', 'hash'] as const;

export interface MigrationPlan {
  /** Who migrates: the owner's URL, or the application's when one role does everything. */
  migrationUrl: string;
  /** The application's URL, to ask the server who it connects as when `applicationRole` is null. */
  applicationUrl: string | null;
  applicationRole: string | null;
}

export interface MigrationOutcome {
  applied: string[];
  /** The role given the application's privileges; null when the application migrates itself. */
  grantedTo: string | null;
}

/**
 * Migrates as the owner and, when the application connects as another role, gives that role
 * exactly the application's privileges (after every run, so new tables are covered).
 */
export async function migrateAndGrant(plan: MigrationPlan): Promise<MigrationOutcome> {
  const applied = await migrate(plan.migrationUrl);
  const role = plan.applicationRole ?? (plan.applicationUrl ? await currentUser(plan.applicationUrl) : null);
  if (!role) return { applied, grantedTo: null };
  const granted = await withClient(plan.migrationUrl, (owner) => grantApplicationPrivileges(owner, role));
  return { applied, grantedTo: granted ? role : null };
}

/**
 * Everything on ordinary tables; on the append-only tables SELECT and INSERT, plus UPDATE of
 * the seal's columns on `audit_events` (its trigger refuses any other change, and any change to
 * a sealed event). No TRUNCATE, REFERENCES or TRIGGER anywhere; migrations' bookkeeping
 * read-only. Returns false, changing nothing, when `role` is the migrating role itself.
 */
async function grantApplicationPrivileges(owner: Client, role: string): Promise<boolean> {
  const { rows } = await owner.query<{ me: string }>('SELECT current_user AS me');
  if (rows[0].me === role) return false;
  const app = quoteIdentifier(role);
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${app}`,
    ...APPEND_ONLY_TABLES.map((table) => `REVOKE UPDATE, DELETE ON ${table} FROM ${app}`),
    `GRANT UPDATE (${AUDIT_SEAL_COLUMNS.join(', ')}) ON audit_events TO ${app}`,
  ];
  await owner.query('BEGIN');
  try {
    // Replicas booting together grant one after the other (concurrent GRANTs on a table fail).
    await owner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    for (const statement of statements) await owner.query(statement);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  return true;
}

async function currentUser(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ me: string }>('SELECT current_user AS me');
    return rows[0].me;
  });
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'ethics-case-tracker' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
