import { Injectable } from '@nestjs/common';
import type { CaseOutcome, CaseStatus, Severity } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { updateAtVersion } from '../../database/update-at-version';
import { pinnedDate } from '../../common/clock';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { visibleCaseSql, type CaseVisibility } from './case-visibility';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CaseEntity } from './entities/case.entity';

export interface CaseListFilter {
  status?: CaseStatus[];
  severity?: Severity[];
  outcome?: CaseOutcome[];
  q?: string;
  memberId?: string;
  openedFrom?: string;
  openedTo?: string;
}

/**
 * How a transaction holds the case row until it commits: `update` for changes to the case
 * itself (its status, its team), `share` for writes to its records, so that they and a
 * change of status (closing it) wait for each other instead of passing unseen.
 */
export type CaseRowLock = 'update' | 'share';

/** A case with its team, the shape rule conditions need. */
export interface ScopedCase {
  entity: CaseEntity;
  memberIds: string[];
}

export interface CaseChildCounts {
  members: number;
  allegations: number;
  openAllegations: number;
  evidence: number;
  tasks: number;
  findings: number;
  actions: number;
  statements: number;
}

export interface CaseMemberRow {
  userId: string;
  name: string;
  email: string;
  role: string;
  addedAt: Date;
  addedBy: string | null;
}

const CASE_COLUMNS = `c.id, c.reference, c.title, c.summary, c.severity, c.status, c.outcome,
  c.outcome_summary, c.restricted, c.region, c.country, c.products, c.tags, c.lead_id, c.created_by,
  c.opened_at, c.due_at, c.closed_at, c.version, c.created_at, c.updated_at`;

type CaseRow = Record<string, unknown>;

function toEntity(row: CaseRow): CaseEntity {
  return Object.assign(new CaseEntity(), {
    id: row.id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    severity: row.severity,
    status: row.status,
    outcome: row.outcome,
    outcomeSummary: row.outcome_summary,
    restricted: row.restricted,
    region: row.region,
    country: row.country,
    products: row.products,
    tags: row.tags,
    leadId: row.lead_id,
    createdBy: row.created_by,
    openedAt: row.opened_at,
    dueAt: row.due_at,
    closedAt: row.closed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async nextReferenceNumber(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ n: number }[]>(`SELECT nextval('case_reference_seq')::int AS n`);
    return row.n;
  }

  async insert(manager: EntityManager, values: Partial<CaseEntity>): Promise<CaseEntity> {
    const saved = await manager.save(CaseEntity, manager.create(CaseEntity, values));
    return (await this.findScoped(manager, saved.id))!.entity;
  }

  /** The case and its team; `lock` holds the row for the rest of the transaction. */
  async findScoped(manager: EntityManager, id: string, lock?: CaseRowLock): Promise<ScopedCase | null> {
    const rows = await manager.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS},
              array(SELECT m.user_id FROM case_members m WHERE m.case_id = c.id ORDER BY m.added_at) AS member_ids
         FROM cases c WHERE c.id = $1 ${lock === 'update' ? 'FOR UPDATE' : lock === 'share' ? 'FOR SHARE' : ''}`,
      [id],
    );
    if (rows.length === 0) return null;
    return { entity: toEntity(rows[0]), memberIds: rows[0].member_ids as string[] };
  }

  /** Applies the changes only at the given version; false when someone else got there first. */
  updateAtVersion(manager: EntityManager, id: string, version: number, changes: Partial<CaseEntity>): Promise<boolean> {
    return updateAtVersion(manager, CaseEntity, id, version, changes);
  }

  /**
   * Keyset page, newest opened first. Written by hand: it is the hottest query
   * of the product (IDX_cases_opened_at_id, and the GIN index for `q`).
   */
  async page(
    visibility: CaseVisibility,
    userId: string,
    filter: CaseListFilter,
    limit: number,
    cursor?: string,
  ): Promise<{ items: ScopedCase[]; nextCursor: string | null }> {
    if (visibility === 'none') return { items: [], nextCursor: null };
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const isMember = (user: string) =>
      `EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${param(user)})`;

    where.push(visibleCaseSql(visibility, userId, 'c', params));
    if (filter.memberId) where.push(isMember(filter.memberId));
    if (filter.status?.length) where.push(`c.status = ANY(${param(filter.status)}::case_status[])`);
    if (filter.severity?.length) where.push(`c.severity = ANY(${param(filter.severity)}::case_severity[])`);
    if (filter.outcome?.length) where.push(`c.outcome = ANY(${param(filter.outcome)}::case_outcome[])`);
    if (filter.q?.trim()) where.push(`c.search_vector @@ websearch_to_tsquery('english', ${param(filter.q.trim())})`);
    if (filter.openedFrom) where.push(`c.opened_at >= ${param(filter.openedFrom)}::timestamptz`);
    if (filter.openedTo) where.push(`c.opened_at < ${param(filter.openedTo)}::timestamptz`);
    if (cursor) {
      const [openedAt, id] = decodeCursor(cursor, 2);
      where.push(`(c.opened_at, c.id) < (${param(openedAt)}::timestamptz, ${param(id)}::uuid)`);
    }

    // The caller's membership is probed per row of the page (OFFSET 0), not hashed over all of
    // their memberships, as in visibleCaseSql.
    const rows = await this.dataSource.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS}, to_json(c.opened_at) #>> '{}' AS opened_at_key,
              (c.restricted AND EXISTS (SELECT 1 FROM case_members m
                 WHERE m.case_id = c.id AND m.user_id = ${param(userId)} OFFSET 0)) AS caller_is_member
         FROM cases c
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.opened_at DESC, c.id DESC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const { items, nextCursor } = keysetPage(rows, limit, (last) => [last.opened_at_key as string, last.id as string]);
    // The team as far as rule conditions need it here: the caller, where they are on a restricted case.
    const scoped = items.map((row) => ({ entity: toEntity(row), memberIds: row.caller_is_member ? [userId] : [] }));
    return { items: scoped, nextCursor };
  }

  /** How many of each child the case has (the detail view's tab counters). */
  async childCounts(manager: EntityManager, caseId: string): Promise<CaseChildCounts> {
    const [row] = await manager.query<CaseChildCounts[]>(
      `SELECT (SELECT count(*) FROM case_members WHERE case_id = $1)::int AS members,
              (SELECT count(*) FROM allegations WHERE case_id = $1)::int AS allegations,
              (SELECT count(*) FROM allegations WHERE case_id = $1 AND finding_status = 'open')::int AS "openAllegations",
              (SELECT count(*) FROM evidence WHERE case_id = $1 AND withdrawn_at IS NULL)::int AS evidence,
              (SELECT count(*) FROM review_tasks WHERE case_id = $1)::int AS tasks,
              (SELECT count(*) FROM findings WHERE case_id = $1)::int AS findings,
              (SELECT count(*) FROM enforcement_actions WHERE case_id = $1)::int AS actions,
              (SELECT count(*) FROM statements WHERE case_id = $1)::int AS statements`,
      [caseId],
    );
    return row;
  }

  async members(manager: EntityManager, caseId: string): Promise<CaseMemberRow[]> {
    return await manager.query<CaseMemberRow[]>(
      `SELECT m.user_id AS "userId", u.name, u.email, u.role, m.added_at AS "addedAt", m.added_by AS "addedBy"
         FROM case_members m JOIN users u ON u.id = m.user_id
        WHERE m.case_id = $1 ORDER BY m.added_at, u.email`,
      [caseId],
    );
  }

  async addMember(manager: EntityManager, caseId: string, userId: string, addedBy: string | null): Promise<void> {
    const pinned = pinnedDate();
    await manager.insert(CaseMemberEntity, { caseId, userId, addedBy, ...(pinned && { addedAt: pinned }) });
  }

  async removeMember(manager: EntityManager, caseId: string, userId: string): Promise<boolean> {
    const result = await manager.delete(CaseMemberEntity, { caseId, userId });
    return (result.affected ?? 0) > 0;
  }
}
