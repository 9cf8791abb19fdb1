import { randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import { createdThroughApi, type TestUser } from './users.factory';

// Subjects, findings and policy clauses are written straight into their tables
// so that these tests do not depend on the modules that own them.

export interface InsertedSubject {
  id: string;
  name: string;
  type: string;
}

export async function insertSubject(
  t: TestApp,
  fields: { name?: string; type?: 'organisation' | 'unit' | 'account' | 'person' } = {},
): Promise<InsertedSubject> {
  const name = fields.name ?? `Ministry unit ${randomUUID().slice(0, 8)}`;
  const type = fields.type ?? 'unit';
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'INSERT INTO subjects (type, name) VALUES ($1, $2) RETURNING id',
    [type, name],
  );
  return { id: row.id, name, type };
}

export async function insertPolicyClause(t: TestApp): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO policy_clauses (code, version, document, title, text, effective_from)
     VALUES ($1, 1, 'Acceptable Use Policy', 'No mass surveillance', 'Customers may not…', '2024-01-01') RETURNING id`,
    [`AUP-${randomUUID().slice(0, 8)}`],
  );
  return row.id;
}

/** A substantiated finding on a fresh allegation of the case. */
export async function insertFinding(t: TestApp, caseId: string, authorId: string): Promise<string> {
  const [allegation] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO allegations (case_id, description, source_type, created_by)
     VALUES ($1, 'Storage used to keep intercepted calls', 'press', $2) RETURNING id`,
    [caseId, authorId],
  );
  const [finding] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO findings (case_id, allegation_id, conclusion, rationale, author_id)
     VALUES ($1, $2, 'substantiated', 'Telemetry and counsel report agree.', $3) RETURNING id`,
    [caseId, allegation.id, authorId],
  );
  return finding.id;
}

export interface ProposedAction {
  id: string;
  caseId: string;
  status: string;
  version: number;
  proposedBy: string;
}

/** An action proposed through the API by `proposer`. */
export async function proposeAction(
  t: TestApp,
  proposer: TestUser,
  caseId: string,
  subjectId: string,
  fields: Record<string, unknown> = {},
): Promise<ProposedAction> {
  return createdThroughApi<ProposedAction>(t, proposer, `/api/v1/cases/${caseId}/actions`, {
    subjectId,
    type: 'disable_service',
    services: ['cloud-storage', 'ai-services'],
    scope: 'All subscriptions of the unit',
    rationale: 'Used for mass surveillance of civilians.',
    ...fields,
  });
}
