import type { Role } from '@ethics/domain';
import type { ClientBase } from 'pg';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary';

export interface Person {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The sign-ins of a large data set, by role. */
export interface People {
  leads: Person[];
  reviewers: Person[];
  executives: Person[];
  auditors: Person[];
  admins: Person[];
  /** Those created by this run (the others existed already), for their `user.created` events. */
  created: Person[];
}

/** Enough reviewers that each is on about 5,000 of 100,000 cases; a few of every other role. */
const HEADCOUNT: Record<Role, number> = { lead: 5, reviewer: 50, executive: 3, auditor: 2, admin: 1 };

const EMAIL_DOMAIN = 'large.test';

export const personEmail = (role: Role, n: number) => `${role}-${n}@${EMAIL_DOMAIN}`;

function personName(role: Role, n: number): string {
  const k = n * 7 + role.length;
  return `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[(k * 3 + n) % LAST_NAMES.length]}`;
}

/**
 * Creates the users (all with one password hash) or, on a database seeded before, finds them by
 * e-mail, so that a second run adds cases for the same people.
 */
export async function ensurePeople(client: ClientBase, passwordHash: string): Promise<People> {
  const wanted = (Object.keys(HEADCOUNT) as Role[]).flatMap((role) =>
    Array.from({ length: HEADCOUNT[role] }, (_, i) => ({
      email: personEmail(role, i + 1),
      name: personName(role, i + 1),
      role,
    })),
  );
  const inserted = await client.query<{ id: string; email: string }>(
    `INSERT INTO users (email, name, role, password_hash, active)
     SELECT w.email, w.name, w.role::user_role, $4, true
       FROM unnest($1::text[], $2::text[], $3::text[]) AS w(email, name, role)
     ON CONFLICT (email) DO NOTHING
     RETURNING id, email`,
    [wanted.map((w) => w.email), wanted.map((w) => w.name), wanted.map((w) => w.role), passwordHash],
  );
  const { rows } = await client.query<{ id: string; email: string }>(
    'SELECT id, email FROM users WHERE email = ANY($1::text[])',
    [wanted.map((w) => w.email)],
  );
  const idOf = new Map(rows.map((row) => [row.email, row.id]));
  const people = wanted.map((w) => ({ ...w, id: idOf.get(w.email)! }));
  const createdEmails = new Set(inserted.rows.map((row) => row.email));
  const byRole = (role: Role) => people.filter((p) => p.role === role);
  return {
    leads: byRole('lead'),
    reviewers: byRole('reviewer'),
    executives: byRole('executive'),
    auditors: byRole('auditor'),
    admins: byRole('admin'),
    created: people.filter((p) => createdEmails.has(p.email)),
  };
}
