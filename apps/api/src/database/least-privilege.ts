import type { Logger } from 'pino';
import { APPEND_ONLY_TABLES, withClient } from './application-role';
import { LeastPrivilegeError } from './least-privilege.error';

interface RoleRow {
  role: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  rolreplication: boolean;
  rolcreaterole: boolean;
}

interface TableRow {
  table: string;
  owner: string;
  can_become_owner: boolean;
  can_update: boolean;
  can_delete: boolean;
  can_truncate: boolean;
  can_add_triggers: boolean;
}

/**
 * What the role behind `url` could do to the append-only tables beyond adding and reading rows:
 * one sentence per power, empty for a least-privileged application role.
 */
export async function excessPrivileges(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows: roles } = await client.query<RoleRow>(
      `SELECT rolname AS role, rolsuper, rolbypassrls, rolreplication, rolcreaterole
         FROM pg_roles WHERE rolname = current_user`,
    );
    const { rows: tables } = await client.query<TableRow>(
      `SELECT c.relname AS table, pg_get_userbyid(c.relowner) AS owner,
              pg_has_role(c.relowner, 'MEMBER') AS can_become_owner,
              has_table_privilege(c.oid, 'UPDATE') AS can_update,
              has_table_privilege(c.oid, 'DELETE') AS can_delete,
              has_table_privilege(c.oid, 'TRUNCATE') AS can_truncate,
              has_table_privilege(c.oid, 'TRIGGER') AS can_add_triggers
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1::text[])
        ORDER BY c.relname`,
      [APPEND_ONLY_TABLES],
    );
    const [role] = roles;
    const found: string[] = [];
    if (role.rolsuper) found.push(`${role.role} is a superuser: it can switch off every trigger and rewrite any row`);
    if (role.rolcreaterole) found.push(`${role.role} has CREATEROLE: it can grant itself other roles`);
    if (role.rolbypassrls) found.push(`${role.role} has BYPASSRLS`);
    if (role.rolreplication) found.push(`${role.role} has REPLICATION`);
    if (role.rolsuper) return found;
    for (const table of tables) {
      if (table.can_become_owner) {
        found.push(
          `${role.role} is or can become ${table.owner}, the owner of ${table.table}: it can ALTER the table and ` +
            'DISABLE its append-only triggers',
        );
      }
      const verbs = [
        table.can_update && 'UPDATE',
        table.can_delete && 'DELETE',
        table.can_truncate && 'TRUNCATE',
        table.can_add_triggers && 'CREATE TRIGGER',
      ].filter(Boolean);
      if (verbs.length > 0) found.push(`${role.role} may ${verbs.join(', ')} on ${table.table}`);
    }
    return found;
  });
}

/**
 * The boot check: warns loudly when the application's role could alter the audit trail or the
 * chain of custody, and refuses to start if `required`. On the embedded database, whose only
 * role is a superuser, it says so once instead.
 */
export async function checkLeastPrivilege(
  url: string,
  embedded: boolean,
  required: boolean,
  logger: Logger,
): Promise<void> {
  if (embedded) {
    logger.warn(
      'embedded database: the application is its only role, a superuser, so the append-only triggers guard ' +
        'against the application’s mistakes but not against its database role; on a server, run it as a role ' +
        'that does not own the tables (docs/security.md)',
    );
    return;
  }
  const found = await excessPrivileges(url);
  if (found.length === 0) return;
  const message =
    'the application’s database role could alter or empty the audit trail or the chain of custody: ' +
    `${found.join('; ')}. Connect DATABASE_URL as a role that neither owns the tables nor is a superuser, ` +
    'and migrate as the owner with DATABASE_MIGRATION_URL (docs/security.md)';
  if (required) throw new LeastPrivilegeError(`REQUIRE_LEAST_PRIVILEGE=true: ${message}`);
  logger.warn({ databasePrivileges: found }, `WARNING: ${message}`);
}
