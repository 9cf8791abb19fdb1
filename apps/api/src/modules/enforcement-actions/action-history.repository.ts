import { Injectable } from '@nestjs/common';
import { ACTION_STATUSES, type ActionStatus, type ActionType, type SubjectKind } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { decodeCursor, keysetPage, type KeysetPage } from '../../common/cursor';
import { readableStatuses, type AppAbility } from '@ethics/authz';
import { caseVisibility, visibleCaseSql, type CaseVisibility } from '../cases/case-visibility';

export interface ActionHistoryFilter {
  caseId?: string;
  type?: ActionType[];
  status?: ActionStatus[];
  subjectId?: string;
  /** Bounds on `proposedAt`: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

/** Whose history it is: which cases' actions the reader may see. */
export interface ActionReader {
  visibility: CaseVisibility;
  userId: string;
  /** On restricted cases the reader is not on, the only statuses they may read, when not all. */
  restrictedStatuses?: ActionStatus[];
}

/** The reader's visibility of cases and, on restricted ones, of actions by status (libs/authz decides both). */
export function actionReaderFor(ability: AppAbility, userId: string): ActionReader {
  const visibility = caseVisibility(ability, userId);
  // Only a reader of every case reaches restricted cases they are not on; others' restricted rows are their own.
  if (visibility !== 'all') return { visibility, userId };
  const notOnTeam = { restricted: true, memberIds: [] };
  const statuses = readableStatuses(ability, 'EnforcementAction', notOnTeam, ACTION_STATUSES);
  return statuses.length < ACTION_STATUSES.length
    ? { visibility, userId, restrictedStatuses: statuses }
    : { visibility, userId };
}

/**
 * The SQL predicate keeping the actions (`status`, by default `a.status`; their case `c`) the
 * reader may see. A null status (a row that is no action) is kept on unrestricted cases only.
 */
export function visibleActionSql(reader: ActionReader, params: unknown[], status = 'a.status'): string {
  const cases = visibleCaseSql(reader.visibility, reader.userId, 'c', params);
  if (!reader.restrictedStatuses) return cases;
  params.push(reader.restrictedStatuses);
  return `${cases} AND (NOT c.restricted OR ${status} = ANY($${params.length}::enforcement_action_status[]))`;
}

/** Everything a reader can see, for callers that have already authorised the case. */
export const EVERY_CASE: ActionReader = { visibility: 'all', userId: '' };

/** One row of the history, as the SQL below returns it. */
export interface ActionHistoryRow {
  id: string;
  caseId: string;
  caseReference: string;
  subjectId: string;
  subjectName: string;
  subjectType: SubjectKind;
  type: ActionType;
  services: string[];
  scope: string;
  rationale: string;
  status: ActionStatus;
  effectiveFrom: Date | null;
  effectiveUntil: Date | null;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  executedBy: string | null;
  executedAt: Date | null;
  executionReference: string | null;
  executionReason: string | null;
  reversedBy: string | null;
  reversedAt: Date | null;
  reversalReason: string | null;
  findingIds: string[];
  policyClauseIds: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** `proposedAt` at full (microsecond) precision, for the keyset cursor. */
  sortKey: string;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

const HISTORY_COLUMNS = `a.id, a.case_id AS "caseId", c.reference AS "caseReference",
  s.id AS "subjectId", s.name AS "subjectName", s.type AS "subjectType",
  a.type, a.services, a.scope, a.rationale, a.status,
  a.effective_from AS "effectiveFrom", a.effective_until AS "effectiveUntil",
  a.proposed_by AS "proposedBy", a.proposed_at AS "proposedAt",
  a.decided_by AS "decidedBy", a.decided_at AS "decidedAt", a.decision_reason AS "decisionReason",
  a.executed_by AS "executedBy", a.executed_at AS "executedAt",
  a.execution_reference AS "executionReference", a.execution_reason AS "executionReason",
  a.reversed_by AS "reversedBy", a.reversed_at AS "reversedAt", a.reversal_reason AS "reversalReason",
  array(SELECT f.finding_id FROM enforcement_action_findings f WHERE f.action_id = a.id ORDER BY f.finding_id)
    AS "findingIds",
  array(SELECT p.clause_id FROM enforcement_action_policy_clauses p WHERE p.action_id = a.id ORDER BY p.clause_id)
    AS "policyClauseIds",
  a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  to_json(a.proposed_at) #>> '{}' AS "sortKey"`;

/**
 * The action history's one statement, newest proposal first, with the
 * reader's visibility and the filters applied. Pages add a keyset bound and a
 * limit; an export walks the same statement page after page.
 * Returns null when the reader can see no case at all.
 */
export function actionHistoryStatement(
  reader: ActionReader,
  filter: ActionHistoryFilter & { id?: string },
  page?: { limit: number; cursor?: string },
): SqlStatement | null {
  if (reader.visibility === 'none') return null;
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  where.push(visibleActionSql(reader, params));
  if (filter.id) where.push(`a.id = ${param(filter.id)}::uuid`);
  if (filter.caseId) where.push(`a.case_id = ${param(filter.caseId)}::uuid`);
  if (filter.subjectId) where.push(`a.subject_id = ${param(filter.subjectId)}::uuid`);
  if (filter.type?.length) where.push(`a.type = ANY(${param(filter.type)}::enforcement_action_type[])`);
  if (filter.status?.length) where.push(`a.status = ANY(${param(filter.status)}::enforcement_action_status[])`);
  if (filter.from) where.push(`a.proposed_at >= ${param(filter.from)}::timestamptz`);
  if (filter.to) where.push(`a.proposed_at < ${param(filter.to)}::timestamptz`);
  if (page?.cursor) {
    const [proposedAt, id] = decodeCursor(page.cursor, 2);
    where.push(`(a.proposed_at, a.id) < (${param(proposedAt)}::timestamptz, ${param(id)}::uuid)`);
  }

  const sql = `SELECT ${HISTORY_COLUMNS}
      FROM enforcement_actions a
      JOIN cases c ON c.id = a.case_id
      JOIN subjects s ON s.id = a.subject_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.proposed_at DESC, a.id DESC
     ${page ? `LIMIT ${param(page.limit + 1)}` : ''}`;
  return { sql, params };
}

/** A history row with the e-mail of each person in it, for exports read away from the app. */
export interface ActionExportRow extends ActionHistoryRow {
  proposedByEmail: string | null;
  decidedByEmail: string | null;
  executedByEmail: string | null;
  reversedByEmail: string | null;
}

const historyKey = (last: ActionHistoryRow) => [last.sortKey, last.id];

/** Reads of enforcement actions in the shape clients see (IDX_enforcement_actions_proposed_at_id). */
@Injectable()
export class ActionHistoryRepository {
  async page(
    manager: EntityManager,
    reader: ActionReader,
    filter: ActionHistoryFilter,
    limit: number,
    cursor?: string,
  ): Promise<{ items: ActionHistoryRow[]; nextCursor: string | null }> {
    const statement = actionHistoryStatement(reader, filter, { limit, cursor });
    if (!statement) return { items: [], nextCursor: null };
    const rows = await manager.query<ActionHistoryRow[]>(statement.sql, statement.params);
    return keysetPage(rows, limit, historyKey);
  }

  /** A page of the same statement with who proposed, decided, executed and reversed each action. */
  async exportPage(
    manager: EntityManager,
    reader: ActionReader,
    filter: ActionHistoryFilter,
    limit: number,
    cursor?: string,
  ): Promise<KeysetPage<ActionExportRow>> {
    const statement = actionHistoryStatement(reader, filter, { limit, cursor });
    if (!statement) return { items: [], nextCursor: null };
    const rows = await manager.query<ActionExportRow[]>(
      `SELECT h.*, proposer.email AS "proposedByEmail", decider.email AS "decidedByEmail",
              executor.email AS "executedByEmail", reverser.email AS "reversedByEmail"
         FROM (${statement.sql}) h
         LEFT JOIN users proposer ON proposer.id = h."proposedBy"
         LEFT JOIN users decider ON decider.id = h."decidedBy"
         LEFT JOIN users executor ON executor.id = h."executedBy"
         LEFT JOIN users reverser ON reverser.id = h."reversedBy"
        ORDER BY h."proposedAt" DESC, h.id DESC`,
      statement.params,
    );
    return keysetPage(rows, limit, historyKey);
  }

  async findById(manager: EntityManager, id: string): Promise<ActionHistoryRow | null> {
    const statement = actionHistoryStatement(EVERY_CASE, { id })!;
    const [row] = await manager.query<ActionHistoryRow[]>(statement.sql, statement.params);
    return row ?? null;
  }
}
