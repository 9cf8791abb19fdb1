import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updateAtVersion } from '../../database/update-at-version';
import {
  EnforcementActionEntity,
  EnforcementActionFindingEntity,
  EnforcementActionPolicyClauseEntity,
} from './entities/enforcement-action.entity';

export type NewAction = Pick<
  EnforcementActionEntity,
  | 'caseId'
  | 'subjectId'
  | 'type'
  | 'services'
  | 'scope'
  | 'rationale'
  | 'status'
  | 'effectiveFrom'
  | 'effectiveUntil'
  | 'proposedBy'
  | 'proposedAt'
>;

/** The lifecycle columns a command may change. */
export type ActionStepChanges = Partial<
  Pick<
    EnforcementActionEntity,
    | 'status'
    | 'decidedBy'
    | 'decidedAt'
    | 'decisionReason'
    | 'executedBy'
    | 'executedAt'
    | 'executionReference'
    | 'executionReason'
    | 'reversedBy'
    | 'reversedAt'
    | 'reversalReason'
  >
>;

/** Writes to enforcement actions, and the checks of what a proposal refers to. */
@Injectable()
export class EnforcementActionsRepository {
  async insert(
    manager: EntityManager,
    values: NewAction,
    findingIds: string[],
    policyClauseIds: string[],
  ): Promise<string> {
    const result = await manager.insert(EnforcementActionEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    if (findingIds.length > 0) {
      await manager.insert(
        EnforcementActionFindingEntity,
        findingIds.map((findingId) => ({ actionId: id, findingId })),
      );
    }
    if (policyClauseIds.length > 0) {
      await manager.insert(
        EnforcementActionPolicyClauseEntity,
        policyClauseIds.map((clauseId) => ({ actionId: id, clauseId })),
      );
    }
    return id;
  }

  /**
   * The action, only if it belongs to the case. `lock` holds the row until
   * commit, so two concurrent commands on it are decided one after the other.
   */
  findInCase(
    manager: EntityManager,
    caseId: string,
    id: string,
    lock = false,
  ): Promise<EnforcementActionEntity | null> {
    const query = manager
      .getRepository(EnforcementActionEntity)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.caseId = :caseId', { id, caseId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Applies the changes only at the given version; false when someone else got there first. */
  updateAtVersion(manager: EntityManager, id: string, version: number, changes: ActionStepChanges): Promise<boolean> {
    return updateAtVersion(manager, EnforcementActionEntity, id, version, changes);
  }

  async subjectExists(manager: EntityManager, subjectId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM subjects WHERE id = $1', [subjectId]);
    return rows.length > 0;
  }

  /** Those of `ids` that are not findings of the case. */
  async findingsOutsideCase(manager: EntityManager, caseId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT wanted.id FROM unnest($1::uuid[]) AS wanted(id)
        WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.id = wanted.id AND f.case_id = $2)`,
      [ids, caseId],
    );
    return rows.map((row) => row.id);
  }

  /** Those of `ids` that are not policy clause versions. */
  async unknownPolicyClauses(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT wanted.id FROM unnest($1::uuid[]) AS wanted(id)
        WHERE NOT EXISTS (SELECT 1 FROM policy_clauses p WHERE p.id = wanted.id)`,
      [ids],
    );
    return rows.map((row) => row.id);
  }
}
