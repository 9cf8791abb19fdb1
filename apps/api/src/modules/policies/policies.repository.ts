import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { PolicyClauseEntity } from './entities/policy-clause.entity';

@Injectable()
export class PoliciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(manager: EntityManager, id: string): Promise<PolicyClauseEntity | null> {
    return manager.findOneBy(PolicyClauseEntity, { id });
  }

  /** The current version of a code, locked so that two editors cannot both write version n+1. */
  currentOf(manager: EntityManager, code: string): Promise<PolicyClauseEntity | null> {
    return manager
      .getRepository(PolicyClauseEntity)
      .createQueryBuilder('p')
      .where('p.code = :code AND p.isCurrent', { code })
      .setLock('pessimistic_write')
      .getOne();
  }

  versionsOf(manager: EntityManager, code: string): Promise<PolicyClauseEntity[]> {
    return manager.find(PolicyClauseEntity, { where: { code }, order: { version: 'DESC' } });
  }

  async insert(manager: EntityManager, clause: Partial<PolicyClauseEntity>): Promise<PolicyClauseEntity> {
    return manager.save(PolicyClauseEntity, manager.create(PolicyClauseEntity, clause));
  }

  async retire(manager: EntityManager, id: string): Promise<void> {
    await manager.update(PolicyClauseEntity, { id }, { isCurrent: false });
  }

  /** Ids that exist, of those asked for. */
  async existingIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM policy_clauses WHERE id = ANY($1::uuid[])', [
      ids,
    ]);
    return new Set(rows.map((row) => row.id));
  }

  /** Clauses in code order, then newest version first; keyset on (code, version). */
  async page(filter: { code?: string; document?: string; allVersions?: boolean }, limit: number, cursor?: string) {
    const query = this.dataSource.getRepository(PolicyClauseEntity).createQueryBuilder('p');
    if (!filter.allVersions) query.andWhere('p.isCurrent');
    if (filter.code) query.andWhere('p.code = :code', { code: filter.code });
    if (filter.document) query.andWhere('p.document = :document', { document: filter.document });
    if (cursor) {
      const [code, version] = decodeCursor(cursor, 2);
      query.andWhere('(p.code > :code OR (p.code = :code AND p.version < :version))', {
        code,
        version: Number(version),
      });
    }
    const rows = await query
      .orderBy('p.code', 'ASC')
      .addOrderBy('p.version', 'DESC')
      .limit(limit + 1)
      .getMany();
    return keysetPage(rows, limit, (last) => [last.code, last.version]);
  }
}
