import { randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app';

/**
 * Rows inserted straight into the tables, with dates no API call can produce
 * (opened years ago, closed last month), for tests of the read side. Nothing
 * checks the lifecycle here: callers keep dates and statuses plausible.
 */

type Values = Record<string, unknown>;

/** `createdBy` → `created_by`: the row types below name their fields after the columns. */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Inserts one row; its fields, named as in the row types of this file (never by a test's
 * input), are the columns. Undefined fields are left to the column's default.
 */
async function insertRow(t: TestApp, table: string, values: Values): Promise<string> {
  const fields = Object.keys(values).filter((field) => values[field] !== undefined);
  const placeholders = fields.map((_, index) => `$${index + 1}`);
  const rows = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO ${table} (${fields.map(columnOf).join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id`,
    fields.map((field) => values[field]),
  );
  return rows[0].id;
}

export interface CaseRow {
  createdBy: string;
  title?: string;
  severity?: 'low' | 'medium' | 'high' | 'critical';
  status?: 'intake' | 'triage' | 'investigating' | 'findings' | 'actioning' | 'closed' | 'dismissed';
  outcome?: string;
  restricted?: boolean;
  region?: string | null;
  openedAt?: Date;
  dueAt?: Date | null;
  closedAt?: Date | null;
  /** The case's team; empty unless given. */
  memberIds?: string[];
}

export async function insertCase(t: TestApp, row: CaseRow): Promise<{ id: string; reference: string }> {
  const reference = `TST-${randomBytes(6).toString('hex')}`;
  const { memberIds, ...columns } = row;
  const id = await insertRow(t, 'cases', {
    ...columns,
    reference,
    title: row.title ?? `Inserted case ${reference}`,
    summary: 'Inserted by a test factory.',
    severity: row.severity ?? 'medium',
    status: row.status ?? 'intake',
    outcome: row.outcome ?? (row.status === 'closed' ? 'substantiated' : null),
    outcomeSummary: row.status === 'closed' ? 'Closed by a test factory.' : null,
    restricted: row.restricted ?? false,
    region: row.region ?? null,
    openedAt: row.openedAt ?? new Date(),
    dueAt: row.dueAt ?? null,
    closedAt: row.closedAt ?? null,
  });
  for (const userId of memberIds ?? []) {
    await t.dataSource.query('INSERT INTO case_members (case_id, user_id) VALUES ($1, $2)', [id, userId]);
  }
  return { id, reference };
}

export async function insertSubject(t: TestApp, name = `Subject ${randomUUID().slice(0, 8)}`): Promise<string> {
  return insertRow(t, 'subjects', { type: 'organisation', name });
}

export interface AllegationRow {
  caseId: string;
  createdBy: string;
  sourceType?: string;
  description?: string;
  receivedAt?: Date | null;
  createdAt?: Date;
  reporterName?: string | null;
  reporterContact?: string | null;
}

export async function insertAllegation(t: TestApp, row: AllegationRow): Promise<string> {
  return insertRow(t, 'allegations', {
    ...row,
    description: row.description ?? 'Alleged misuse of the service.',
    sourceType: row.sourceType ?? 'press',
    receivedAt: row.receivedAt ?? null,
    reporterName: row.reporterName ?? null,
    reporterContact: row.reporterContact ?? null,
  });
}

export interface EvidenceRow {
  caseId: string;
  collectedBy: string;
  collectedAt: Date;
  title?: string;
  kind?: string;
  originalFilename?: string | null;
  withdrawnAt?: Date | null;
}

export async function insertEvidence(t: TestApp, row: EvidenceRow): Promise<string> {
  const hasContent = row.originalFilename != null;
  return insertRow(t, 'evidence', {
    ...row,
    title: row.title ?? 'Press article',
    kind: row.kind ?? 'press_article',
    sha256: randomBytes(32).toString('hex'),
    hasContent,
    originalFilename: row.originalFilename ?? null,
    mediaType: hasContent ? 'application/pdf' : null,
    sizeBytes: hasContent ? 1234 : null,
    withdrawnAt: row.withdrawnAt ?? null,
  });
}

export interface TaskRow {
  caseId: string;
  createdBy: string;
  createdAt: Date;
  title?: string;
  completedAt?: Date | null;
}

export async function insertTask(t: TestApp, row: TaskRow): Promise<string> {
  return insertRow(t, 'review_tasks', {
    ...row,
    title: row.title ?? 'Review the contract',
    status: row.completedAt ? 'done' : 'open',
    completedAt: row.completedAt ?? null,
  });
}

export interface FindingRow {
  caseId: string;
  allegationId: string;
  authorId: string;
  createdAt: Date;
  conclusion?: 'substantiated' | 'unsubstantiated' | 'inconclusive';
}

export async function insertFinding(t: TestApp, row: FindingRow): Promise<string> {
  return insertRow(t, 'findings', {
    ...row,
    conclusion: row.conclusion ?? 'substantiated',
    rationale: 'The evidence supports the allegation.',
  });
}

/** An enforcement action; each lifecycle step is present when its date is given. */
export interface ActionRow {
  caseId: string;
  subjectId: string;
  proposedBy: string;
  proposedAt: Date;
  type?: string;
  services?: string[];
  status?: 'proposed' | 'approved' | 'rejected' | 'executed' | 'reversed';
  decidedBy?: string;
  decidedAt?: Date;
  decisionReason?: string;
  executedBy?: string;
  executedAt?: Date;
  executionReason?: string;
  reversedBy?: string;
  reversedAt?: Date;
  reversalReason?: string;
}

export async function insertAction(t: TestApp, row: ActionRow): Promise<string> {
  return insertRow(t, 'enforcement_actions', {
    ...row,
    type: row.type ?? 'disable_service',
    services: row.services ?? ['cloud-storage'],
    scope: 'All accounts of the unit',
    rationale: 'Substantiated misuse.',
    status: row.status ?? 'proposed',
  });
}

export interface StatementRow {
  caseId: string;
  authorId: string;
  direction: 'issued' | 'received';
  audience?: string;
  status?: string;
  source?: string;
  body?: string;
  statedAt?: Date;
  approvedBy?: string;
  approvedAt?: Date;
  publishedBy?: string;
  publishedAt?: Date;
}

export async function insertStatement(t: TestApp, row: StatementRow): Promise<string> {
  return insertRow(t, 'statements', {
    ...row,
    audience: row.audience ?? 'public',
    status: row.status ?? (row.direction === 'received' ? 'received' : 'draft'),
    body: row.body ?? 'We take these reports seriously.',
  });
}
