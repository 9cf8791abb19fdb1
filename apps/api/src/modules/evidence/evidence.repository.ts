import { Injectable } from '@nestjs/common';
import type { EvidenceRelation } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { updateAtVersion } from '../../database/update-at-version';
import { decodeCursor, keysetPage } from '../../common/cursor';
import { EvidenceAllegationEntity } from './entities/evidence-link.entity';
import { EvidenceEntity } from './entities/evidence.entity';

export interface EvidenceLink {
  allegationId: string;
  relation: EvidenceRelation;
}

@Injectable()
export class EvidenceRepository {
  /** An item of this case, or null (an id of another case is as good as unknown); `lock` holds it until commit. */
  async findInCase(manager: EntityManager, caseId: string, id: string, lock = false): Promise<EvidenceEntity | null> {
    return manager.findOne(EvidenceEntity, {
      where: { id, caseId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Keyset page, most recently collected first, on IDX_evidence_case_id (case_id, collected_at). */
  async page(
    manager: EntityManager,
    caseId: string,
    includeWithdrawn: boolean,
    limit: number,
    cursor?: string,
  ): Promise<{ items: EvidenceEntity[]; nextCursor: string | null }> {
    const query = manager
      .createQueryBuilder(EvidenceEntity, 'e')
      // Microseconds survive in the cursor, so rows written by SQL's now() page correctly too.
      .addSelect(`to_json(e.collected_at) #>> '{}'`, 'collected_key')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.collected_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (!includeWithdrawn) query.andWhere('e.withdrawn_at IS NULL');
    if (cursor) {
      const [collectedAt, id] = decodeCursor(cursor, 2);
      query.andWhere('(e.collected_at, e.id) < (CAST(:collectedAt AS timestamptz), CAST(:id AS uuid))', {
        collectedAt,
        id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ collected_key: string }>();
    return keysetPage(entities, limit, (last) => [raw[limit - 1].collected_key, last.id]);
  }

  async insert(manager: EntityManager, values: Partial<EvidenceEntity>): Promise<EvidenceEntity> {
    const saved = await manager.save(EvidenceEntity, manager.create(EvidenceEntity, values));
    return (await manager.findOneBy(EvidenceEntity, { id: saved.id }))!;
  }

  /** Applies the changes only at the given version; false when someone else got there first. */
  updateAtVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<EvidenceEntity>,
  ): Promise<boolean> {
    return updateAtVersion(manager, EvidenceEntity, id, version, changes);
  }

  /** Only an item not superseded yet; false otherwise. */
  async markSuperseded(manager: EntityManager, id: string, supersededById: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(EvidenceEntity)
      .set({ supersededById, version: () => 'version + 1' })
      .where('id = :id AND superseded_by_id IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async linksOf(manager: EntityManager, evidenceIds: string[]): Promise<Map<string, EvidenceLink[]>> {
    const links = new Map<string, EvidenceLink[]>(evidenceIds.map((id) => [id, []]));
    if (evidenceIds.length === 0) return links;
    const rows = await manager
      .createQueryBuilder(EvidenceAllegationEntity, 'l')
      .where('l.evidence_id IN (:...evidenceIds)', { evidenceIds })
      .orderBy('l.allegation_id')
      .getMany();
    for (const row of rows) links.get(row.evidenceId)?.push({ allegationId: row.allegationId, relation: row.relation });
    return links;
  }

  /** Links (or re-qualifies existing links of) the item to allegations. */
  async upsertLinks(
    manager: EntityManager,
    evidenceId: string,
    allegationIds: string[],
    relation: EvidenceRelation,
  ): Promise<void> {
    if (allegationIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvidenceAllegationEntity)
      .values(allegationIds.map((allegationId) => ({ evidenceId, allegationId, relation })))
      .orUpdate(['relation'], ['evidence_id', 'allegation_id'])
      .execute();
  }

  /**
   * Which of `allegationIds` belong to the case. Read here rather than through
   * the allegations module so that evidence does not depend on its services.
   */
  async allegationIdsInCase(manager: EntityManager, caseId: string, allegationIds: string[]): Promise<Set<string>> {
    if (allegationIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM allegations WHERE case_id = $1 AND id = ANY($2::uuid[])',
      [caseId, allegationIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
