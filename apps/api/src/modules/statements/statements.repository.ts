import { Injectable } from '@nestjs/common';
import type { StatementAudience, StatementDirection, StatementStatus } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { updateAtVersion } from '../../database/update-at-version';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { StatementEntity } from './entities/statement.entity';

export interface StatementListFilter {
  direction?: StatementDirection;
  status?: StatementStatus[];
  audience?: StatementAudience[];
}

export type NewStatement = Pick<
  StatementEntity,
  | 'caseId'
  | 'direction'
  | 'audience'
  | 'channel'
  | 'authorId'
  | 'source'
  | 'body'
  | 'status'
  | 'statedAt'
  | 'supersedesId'
>;

export type StatementChanges = Partial<
  Pick<
    StatementEntity,
    | 'audience'
    | 'channel'
    | 'source'
    | 'body'
    | 'status'
    | 'statedAt'
    | 'editorIds'
    | 'submittedAt'
    | 'approvedBy'
    | 'approvedAt'
    | 'publishedBy'
    | 'publishedAt'
    | 'supersededById'
  >
>;

const STATEMENT_COLUMNS = `s.id, s.case_id AS "caseId", s.direction, s.audience, s.channel, s.author_id AS "authorId",
  s.source, s.body, s.status, s.stated_at AS "statedAt", s.editor_ids AS "editorIds", s.submitted_at AS "submittedAt",
  s.approved_by AS "approvedBy", s.approved_at AS "approvedAt", s.published_by AS "publishedBy",
  s.published_at AS "publishedAt", s.supersedes_id AS "supersedesId", s.superseded_by_id AS "supersededById",
  s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

type StatementRow = StatementEntity & { sortKey: string };

@Injectable()
export class StatementsRepository {
  async insert(manager: EntityManager, values: NewStatement): Promise<string> {
    const result = await manager.insert(StatementEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The statement, only if it belongs to the case; `lock` holds the row until commit. */
  async findInCase(manager: EntityManager, caseId: string, id: string, lock = false): Promise<StatementEntity | null> {
    const [row] = await manager.query<StatementEntity[]>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = $1 AND s.case_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, caseId],
    );
    return row ?? null;
  }

  /** A case's statements, newest first, keyset-paged (IDX_statements_case_id narrows to the case). */
  async page(
    manager: EntityManager,
    caseId: string,
    filter: StatementListFilter,
    limit: number,
    cursor?: string,
  ): Promise<{ items: StatementEntity[]; nextCursor: string | null }> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`s.case_id = ${param(caseId)}::uuid`];
    if (filter.direction) where.push(`s.direction = ${param(filter.direction)}::statement_direction`);
    if (filter.status?.length) where.push(`s.status = ANY(${param(filter.status)}::statement_status[])`);
    if (filter.audience?.length) where.push(`s.audience = ANY(${param(filter.audience)}::statement_audience[])`);
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, 2);
      where.push(`(s.created_at, s.id) < (${param(createdAt)}::timestamptz, ${param(id)}::uuid)`);
    }
    const rows = await manager.query<StatementRow[]>(
      `SELECT ${STATEMENT_COLUMNS}, to_json(s.created_at) #>> '{}' AS "sortKey"
         FROM statements s
        WHERE ${where.join(' AND ')}
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    return keysetPage(rows, limit, (last) => [last.sortKey, last.id]);
  }

  /** Applies the changes only at the given version; false when someone else got there first. */
  updateAtVersion(manager: EntityManager, id: string, version: number, changes: StatementChanges): Promise<boolean> {
    return updateAtVersion(manager, StatementEntity, id, version, changes);
  }
}
