import { randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app';

/**
 * Rows inserted straight into the tables, with dates no API call can produce
 * (opened years ago, closed last month), for tests of the read side. Nothing
 * checks the lifecycle here: callers keep dates and statuses plausible.
 */

type Values = Record<string, unknown>;

/** Inserts one row; column names come from this file, never from input. */
async function insertRow(t: TestApp, table: string, values: Values): Promise<string> {
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const rows = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id`,
    columns.map((column) => values[column]),
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
  const id = await insertRow(t, 'cases', {
    reference,
    title: row.title ?? `Inserted case ${reference}`,
    summary: 'Inserted by a test factory.',
    severity: row.severity ?? 'medium',
    status: row.status ?? 'intake',
    outcome: row.outcome ?? (row.status === 'closed' ? 'substantiated' : null),
    outcome_summary: row.status === 'closed' ? 'Closed by a test factory.' : null,
    restricted: row.restricted ?? false,
    region: row.region ?? null,
    created_by: row.createdBy,
    opened_at: row.openedAt ?? new Date(),
    due_at: row.dueAt ?? null,
    closed_at: row.closedAt ?? null,
  });
  for (const userId of row.memberIds ?? []) {
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
    case_id: row.caseId,
    created_by: row.createdBy,
    description: row.description ?? 'Alleged misuse of the service.',
    source_type: row.sourceType ?? 'press',
    received_at: row.receivedAt ?? null,
    created_at: row.createdAt,
    reporter_name: row.reporterName ?? null,
    reporter_contact: row.reporterContact ?? null,
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
  return insertRow(t, 'evidence', {
    case_id: row.caseId,
    collected_by: row.collectedBy,
    collected_at: row.collectedAt,
    title: row.title ?? 'Press article',
    kind: row.kind ?? 'press_article',
    sha256: randomBytes(32).toString('hex'),
    has_content: row.originalFilename != null,
    original_filename: row.originalFilename ?? null,
    media_type: row.originalFilename != null ? 'application/pdf' : null,
    size_bytes: row.originalFilename != null ? 1234 : null,
    withdrawn_at: row.withdrawnAt ?? null,
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
    case_id: row.caseId,
    created_by: row.createdBy,
    created_at: row.createdAt,
    title: row.title ?? 'Review the contract',
    status: row.completedAt ? 'done' : 'open',
    completed_at: row.completedAt ?? null,
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
    case_id: row.caseId,
    allegation_id: row.allegationId,
    author_id: row.authorId,
    created_at: row.createdAt,
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
    case_id: row.caseId,
    subject_id: row.subjectId,
    type: row.type ?? 'disable_service',
    services: row.services ?? ['cloud-storage'],
    scope: 'All accounts of the unit',
    rationale: 'Substantiated misuse.',
    status: row.status ?? 'proposed',
    proposed_by: row.proposedBy,
    proposed_at: row.proposedAt,
    decided_by: row.decidedBy,
    decided_at: row.decidedAt,
    decision_reason: row.decisionReason,
    executed_by: row.executedBy,
    executed_at: row.executedAt,
    execution_reason: row.executionReason,
    reversed_by: row.reversedBy,
    reversed_at: row.reversedAt,
    reversal_reason: row.reversalReason,
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
    case_id: row.caseId,
    author_id: row.authorId,
    direction: row.direction,
    audience: row.audience ?? 'public',
    status: row.status ?? (row.direction === 'received' ? 'received' : 'draft'),
    source: row.source,
    body: row.body ?? 'We take these reports seriously.',
    stated_at: row.statedAt,
    approved_by: row.approvedBy,
    approved_at: row.approvedAt,
    published_by: row.publishedBy,
    published_at: row.publishedAt,
  });
}
