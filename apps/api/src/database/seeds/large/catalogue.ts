import type { ClientBase } from 'pg';
import type { PolicyClauseEntity } from '../../../modules/policies/entities/policy-clause.entity';
import type { IdSpace } from './random';
import { RowKind } from './large-seed-sizes';
import { ORGANISATION_KINDS, PLACES, POLICY_DOCUMENTS, POLICY_TOPICS, REGIONS, UNIT_KINDS } from './vocabulary';

export interface PolicyClause extends PolicyClauseEntity {
  created: boolean;
}

export const UNITS_PER_ORGANISATION = 3;
export const ACCOUNTS_PER_UNIT = 3;
const COUNTRIES = Object.values(REGIONS).flat();

/**
 * The policy clauses and the subjects (organisation → unit → account) that cases are about.
 * Subjects are numbered: organisations first, then their units, then the units' accounts.
 */
export class Catalogue {
  readonly organisations: number;

  constructor(
    cases: number,
    private readonly ids: IdSpace,
    readonly clauses: PolicyClause[],
  ) {
    this.organisations = Math.max(3, Math.round(cases / 50));
  }

  get units(): number {
    return this.organisations * UNITS_PER_ORGANISATION;
  }

  get accounts(): number {
    return this.units * ACCOUNTS_PER_UNIT;
  }

  get subjects(): number {
    return this.organisations + this.units + this.accounts;
  }

  organisationId(org: number): string {
    return this.ids.id(RowKind.Subject, org);
  }

  unitId(org: number, k: number): string {
    return this.ids.id(RowKind.Subject, this.organisations + org * UNITS_PER_ORGANISATION + k);
  }

  accountId(org: number, unit: number, k: number): string {
    const unitNumber = org * UNITS_PER_ORGANISATION + unit;
    return this.ids.id(RowKind.Subject, this.organisations + this.units + unitNumber * ACCOUNTS_PER_UNIT + k);
  }

  subjectName(org: number): string {
    const kind = ORGANISATION_KINDS[org % ORGANISATION_KINDS.length];
    const place = PLACES[Math.floor(org / ORGANISATION_KINDS.length) % PLACES.length];
    return `${place} ${kind} ${org + 1}`;
  }

  /** Every subject row, parents before children. */
  *subjectRows(): Generator<{
    id: string;
    type: 'organisation' | 'unit' | 'account';
    name: string;
    parentId: string | null;
    externalRef: string | null;
    country: string;
  }> {
    const countryOf = (org: number) => COUNTRIES[org % COUNTRIES.length];
    for (let org = 0; org < this.organisations; org++) {
      yield {
        id: this.organisationId(org),
        type: 'organisation',
        name: this.subjectName(org),
        parentId: null,
        externalRef: `CUST-${String(100000 + org)}`,
        country: countryOf(org),
      };
    }
    for (let org = 0; org < this.organisations; org++) {
      for (let k = 0; k < UNITS_PER_ORGANISATION; k++) {
        yield {
          id: this.unitId(org, k),
          type: 'unit',
          name: `${this.subjectName(org)}, ${UNIT_KINDS[(org + k) % UNIT_KINDS.length]}`,
          parentId: this.organisationId(org),
          externalRef: null,
          country: countryOf(org),
        };
      }
    }
    for (let org = 0; org < this.organisations; org++) {
      for (let unit = 0; unit < UNITS_PER_ORGANISATION; unit++) {
        for (let k = 0; k < ACCOUNTS_PER_UNIT; k++) {
          yield {
            id: this.accountId(org, unit, k),
            type: 'account',
            name: `Account ${String(org * 9 + unit * 3 + k + 1).padStart(7, '0')}`,
            parentId: this.unitId(org, unit),
            externalRef: `ACC-${(org * 9 + unit * 3 + k + 7_000_000).toString(36).toUpperCase()}`,
            country: countryOf(org),
          };
        }
      }
    }
  }
}

/** The clauses, created unless a previous run made them (codes are stable). */
export async function ensureClauses(client: ClientBase, createdBy: string): Promise<PolicyClause[]> {
  const wanted = POLICY_DOCUMENTS.flatMap((document, d) =>
    POLICY_TOPICS.map((topic, t) => ({
      code: `${['AUP', 'AIT', 'RAI'][d]}-${t + 1}.${(t % 3) + 1}`,
      document,
      title: topic,
      text: `Customers must not use the services for ${topic.toLowerCase()}, directly or through others, nor enable it.`,
    })),
  );
  const inserted = await client.query<{ code: string }>(
    `INSERT INTO policy_clauses (code, version, document, title, text, effective_from, is_current, created_by)
     SELECT w.code, 1, w.document, w.title, w.text, DATE '2020-01-01', true, $5
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS w(code, document, title, text)
     ON CONFLICT (code, version) DO NOTHING
     RETURNING code`,
    [
      wanted.map((w) => w.code),
      wanted.map((w) => w.document),
      wanted.map((w) => w.title),
      wanted.map((w) => w.text),
      createdBy,
    ],
  );
  const created = new Set(inserted.rows.map((row) => row.code));
  const { rows } = await client.query<PolicyClauseEntity>(
    `SELECT id, code, version, document, title, text, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
            is_current AS "isCurrent", created_by AS "createdBy", created_at AS "createdAt"
       FROM policy_clauses WHERE code = ANY($1::text[]) AND version = 1 ORDER BY code`,
    [wanted.map((w) => w.code)],
  );
  return rows.map((row) => ({ ...row, created: created.has(row.code) }));
}
