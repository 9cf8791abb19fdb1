import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { linkedIds } from '../../database/linked-ids';
import { updateAtVersion } from '../../database/update-at-version';
import { AllegationPolicyClauseEntity, AllegationSubjectEntity } from './entities/allegation-links.entity';
import { AllegationEntity } from './entities/allegation.entity';

export interface AllegationWithLinks {
  entity: AllegationEntity;
  policyClauseIds: string[];
  subjectIds: string[];
}

const ALLEGATION_CLAUSES = { table: 'allegation_policy_clauses', owner: 'allegation_id', target: 'clause_id' };
const ALLEGATION_SUBJECTS = { table: 'allegation_subjects', owner: 'allegation_id', target: 'subject_id' };

@Injectable()
export class AllegationsRepository {
  async listForCase(manager: EntityManager, caseId: string): Promise<AllegationWithLinks[]> {
    const entities = await manager.find(AllegationEntity, { where: { caseId }, order: { createdAt: 'ASC' } });
    return this.withLinks(manager, entities);
  }

  async findInCase(
    manager: EntityManager,
    caseId: string,
    id: string,
    lock = false,
  ): Promise<AllegationWithLinks | null> {
    const query = manager
      .getRepository(AllegationEntity)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.caseId = :caseId', { id, caseId });
    if (lock) query.setLock('pessimistic_write');
    const entity = await query.getOne();
    return entity ? (await this.withLinks(manager, [entity]))[0] : null;
  }

  async insert(manager: EntityManager, values: Partial<AllegationEntity>): Promise<AllegationEntity> {
    return manager.save(AllegationEntity, manager.create(AllegationEntity, values));
  }

  updateAtVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<AllegationEntity>,
  ): Promise<boolean> {
    return updateAtVersion(manager, AllegationEntity, id, version, changes);
  }

  async replaceLinks(
    manager: EntityManager,
    allegationId: string,
    links: { policyClauseIds?: string[]; subjectIds?: string[] },
  ): Promise<void> {
    if (links.policyClauseIds) {
      await manager.delete(AllegationPolicyClauseEntity, { allegationId });
      if (links.policyClauseIds.length) {
        await manager.insert(
          AllegationPolicyClauseEntity,
          links.policyClauseIds.map((clauseId) => ({ allegationId, clauseId })),
        );
      }
    }
    if (links.subjectIds) {
      await manager.delete(AllegationSubjectEntity, { allegationId });
      if (links.subjectIds.length) {
        await manager.insert(
          AllegationSubjectEntity,
          links.subjectIds.map((subjectId) => ({ allegationId, subjectId })),
        );
      }
    }
  }

  async countOpen(manager: EntityManager, caseId: string): Promise<number> {
    return manager.count(AllegationEntity, { where: { caseId, findingStatus: 'open' } });
  }

  private async withLinks(manager: EntityManager, entities: AllegationEntity[]): Promise<AllegationWithLinks[]> {
    const ids = entities.map((entity) => entity.id);
    const clauses = await linkedIds(manager, ALLEGATION_CLAUSES, ids);
    const subjects = await linkedIds(manager, ALLEGATION_SUBJECTS, ids);
    return entities.map((entity) => ({ entity, policyClauseIds: clauses(entity.id), subjectIds: subjects(entity.id) }));
  }
}
