import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { linkedIds } from '../../database/linked-ids';
import { updateAtVersion } from '../../database/update-at-version';
import { FindingEntity, FindingEvidenceEntity, FindingPolicyClauseEntity } from './entities/finding.entity';
import { TaskEntity } from './entities/task.entity';

export interface FindingWithLinks {
  entity: FindingEntity;
  evidenceIds: string[];
  policyClauseIds: string[];
}

const FINDING_EVIDENCE = { table: 'finding_evidence', owner: 'finding_id', target: 'evidence_id' };
const FINDING_CLAUSES = { table: 'finding_policy_clauses', owner: 'finding_id', target: 'clause_id' };

@Injectable()
export class ReviewRepository {
  tasksOfCase(manager: EntityManager, caseId: string): Promise<TaskEntity[]> {
    return manager.find(TaskEntity, { where: { caseId }, order: { createdAt: 'ASC' } });
  }

  taskInCase(manager: EntityManager, caseId: string, id: string, lock = false): Promise<TaskEntity | null> {
    const query = manager
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.id = :id AND t.caseId = :caseId', { id, caseId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  insertTask(manager: EntityManager, values: Partial<TaskEntity>): Promise<TaskEntity> {
    return manager.save(TaskEntity, manager.create(TaskEntity, values));
  }

  updateTaskAtVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<TaskEntity>,
  ): Promise<boolean> {
    return updateAtVersion(manager, TaskEntity, id, version, changes);
  }

  async findingsOfCase(manager: EntityManager, caseId: string): Promise<FindingWithLinks[]> {
    const findings = await manager.find(FindingEntity, { where: { caseId }, order: { createdAt: 'ASC' } });
    return this.withLinks(manager, findings);
  }

  async findingById(manager: EntityManager, id: string): Promise<FindingWithLinks | null> {
    const finding = await manager.findOneBy(FindingEntity, { id });
    return finding ? (await this.withLinks(manager, [finding]))[0] : null;
  }

  async insertFinding(
    manager: EntityManager,
    values: Partial<FindingEntity>,
    links: { evidenceIds: string[]; policyClauseIds: string[] },
  ): Promise<FindingEntity> {
    const finding = await manager.save(FindingEntity, manager.create(FindingEntity, values));
    if (links.evidenceIds.length) {
      await manager.insert(
        FindingEvidenceEntity,
        links.evidenceIds.map((evidenceId) => ({ findingId: finding.id, evidenceId })),
      );
    }
    if (links.policyClauseIds.length) {
      await manager.insert(
        FindingPolicyClauseEntity,
        links.policyClauseIds.map((clauseId) => ({ findingId: finding.id, clauseId })),
      );
    }
    return finding;
  }

  /** Of the evidence ids given, those that belong to the case. */
  async evidenceOfCase(manager: EntityManager, caseId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM evidence WHERE case_id = $1 AND id = ANY($2::uuid[])',
      [caseId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  private async withLinks(manager: EntityManager, findings: FindingEntity[]): Promise<FindingWithLinks[]> {
    const ids = findings.map((finding) => finding.id);
    const evidence = await linkedIds(manager, FINDING_EVIDENCE, ids);
    const clauses = await linkedIds(manager, FINDING_CLAUSES, ids);
    return findings.map((entity) => ({
      entity,
      evidenceIds: evidence(entity.id),
      policyClauseIds: clauses(entity.id),
    }));
  }
}
