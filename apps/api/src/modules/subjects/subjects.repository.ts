import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { visibleActionSql, type ActionReader } from '../enforcement-actions/action-history.repository';
import { SubjectEntity } from './entities/subject.entity';

export interface SubjectCaseRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  severity: string;
  via: string[];
}

export interface SubjectActionRow {
  id: string;
  caseId: string;
  caseReference: string;
  type: string;
  services: string[];
  status: string;
  scope: string;
  proposedAt: Date;
  executedAt: Date | null;
}

@Injectable()
export class SubjectsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(manager: EntityManager, id: string): Promise<SubjectEntity | null> {
    return manager.findOneBy(SubjectEntity, { id });
  }

  async insert(manager: EntityManager, subject: Partial<SubjectEntity>): Promise<SubjectEntity> {
    return manager.save(SubjectEntity, manager.create(SubjectEntity, subject));
  }

  async existingIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM subjects WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** From the root down to the direct parent. */
  async ancestors(manager: EntityManager, id: string): Promise<SubjectEntity[]> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH RECURSIVE chain(id, parent_id, depth) AS (
         SELECT s.id, s.parent_id, 0 FROM subjects s WHERE s.id = $1
         UNION ALL
         SELECT p.id, p.parent_id, c.depth + 1 FROM subjects p JOIN chain c ON p.id = c.parent_id WHERE c.depth < 50
       )
       SELECT id FROM chain WHERE depth > 0 ORDER BY depth DESC`,
      [id],
    );
    if (rows.length === 0) return [];
    const byId = new Map(
      (
        await manager.findBy(
          SubjectEntity,
          rows.map((row) => ({ id: row.id })),
        )
      ).map((s) => [s.id, s]),
    );
    return rows.map((row) => byId.get(row.id)).filter((s): s is SubjectEntity => s !== undefined);
  }

  children(manager: EntityManager, id: string): Promise<SubjectEntity[]> {
    return manager.find(SubjectEntity, { where: { parentId: id }, order: { name: 'ASC' } });
  }

  /**
   * Cases that concern the subject through an allegation or an action, that the caller may see:
   * where they read only a restricted case's summary, through the actions taken alone.
   */
  async cases(manager: EntityManager, id: string, reader: ActionReader) {
    const params: unknown[] = [id];
    return manager.query<SubjectCaseRow[]>(
      `SELECT c.id, c.reference, c.title, c.status, c.severity, array_agg(DISTINCT link.via ORDER BY link.via) AS via
         FROM (
           SELECT a.case_id, 'allegation' AS via, NULL::enforcement_action_status AS status
             FROM allegation_subjects s JOIN allegations a ON a.id = s.allegation_id
            WHERE s.subject_id = $1
           UNION ALL
           SELECT e.case_id, 'action' AS via, e.status FROM enforcement_actions e WHERE e.subject_id = $1
         ) link
         JOIN cases c ON c.id = link.case_id
        WHERE ${visibleActionSql(reader, params, 'link.status')}
        GROUP BY c.id
        ORDER BY c.opened_at DESC
        LIMIT 500`,
      params,
    );
  }

  async actions(manager: EntityManager, id: string, reader: ActionReader) {
    const params: unknown[] = [id];
    return manager.query<SubjectActionRow[]>(
      `SELECT a.id, a.case_id AS "caseId", c.reference AS "caseReference", a.type, a.services, a.status, a.scope,
              a.proposed_at AS "proposedAt", a.executed_at AS "executedAt"
         FROM enforcement_actions a JOIN cases c ON c.id = a.case_id
        WHERE a.subject_id = $1 AND ${visibleActionSql(reader, params)}
        ORDER BY a.proposed_at DESC
        LIMIT 500`,
      params,
    );
  }

  /** By name, keyset on (name, id). */
  async page(filter: { type?: string; q?: string; parentId?: string }, limit: number, cursor?: string) {
    const query = this.dataSource.getRepository(SubjectEntity).createQueryBuilder('s');
    if (filter.type) query.andWhere('s.type = :type', { type: filter.type });
    if (filter.parentId) query.andWhere('s.parentId = :parentId', { parentId: filter.parentId });
    if (filter.q?.trim()) {
      const pattern = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('s.name ILIKE :pattern', { pattern });
    }
    if (cursor) {
      const [name, id] = decodeCursor(cursor, 2);
      query.andWhere('(s.name, s.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return keysetPage(rows, limit, (last) => [last.name, last.id]);
  }
}
