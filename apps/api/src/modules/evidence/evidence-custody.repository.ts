import { Injectable } from '@nestjs/common';
import type { CustodyEvent } from '@ethics/domain';
import type { EntityManager } from 'typeorm';
import { EvidenceCustodyEntity } from './entities/evidence-custody.entity';

export interface NewCustodyEntry {
  evidenceId: string;
  event: CustodyEvent;
  actorId: string | null;
  actorRole: string | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  /** Null: the database's clock. */
  occurredAt: Date | null;
}

@Injectable()
export class EvidenceCustodyRepository {
  async append(manager: EntityManager, entry: NewCustodyEntry): Promise<void> {
    // clock_timestamp(), not now(): entries written in one transaction still get distinct, ordered times.
    await manager.query(
      `INSERT INTO evidence_custody (evidence_id, event, actor_id, actor_role, occurred_at, details, request_id)
       VALUES ($1, $2, $3, $4, coalesce($7::timestamptz, clock_timestamp()), $5, $6)`,
      [
        entry.evidenceId,
        entry.event,
        entry.actorId,
        entry.actorRole,
        entry.details === null ? null : JSON.stringify(entry.details),
        entry.requestId,
        entry.occurredAt,
      ],
    );
  }

  /** The whole chain, oldest first (IDX_evidence_custody_evidence). */
  async chain(manager: EntityManager, evidenceId: string): Promise<EvidenceCustodyEntity[]> {
    return manager
      .createQueryBuilder(EvidenceCustodyEntity, 'c')
      .where('c.evidence_id = :evidenceId', { evidenceId })
      .orderBy('c.occurred_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }
}
