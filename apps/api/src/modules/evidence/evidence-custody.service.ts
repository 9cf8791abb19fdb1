import { Injectable } from '@nestjs/common';
import type { CustodyEvent } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Actor } from '../../common/request-context';
import type { CustodyListDto } from './dto/evidence.dto';
import { EvidenceAccess } from './evidence-access';
import { EvidenceCustodyRepository } from './evidence-custody.repository';

/** The chain of custody: who received, downloaded, verified or superseded an item, and when. */
@Injectable()
export class EvidenceCustodyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvidenceAccess,
    private readonly custody: EvidenceCustodyRepository,
    private readonly clock: Clock,
  ) {}

  /** Appends an entry inside the caller's transaction, beside the audit event of the same act. */
  async append(
    manager: EntityManager,
    actor: Actor,
    evidenceId: string,
    event: CustodyEvent,
    details: Record<string, unknown> | null = null,
  ): Promise<void> {
    await this.custody.append(manager, {
      evidenceId,
      event,
      actorId: actor.audit.actorId,
      actorRole: actor.audit.actorRole,
      details,
      requestId: actor.audit.requestId,
      occurredAt: this.clock.pinned(),
    });
  }

  async list(actor: Actor, caseId: string, evidenceId: string): Promise<CustodyListDto> {
    const manager = this.dataSource.manager;
    await this.access.load(manager, actor, caseId, evidenceId, 'read');
    const entries = await this.custody.chain(manager, evidenceId);
    return {
      items: entries.map((entry) => ({
        id: entry.id,
        event: entry.event,
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        occurredAt: new Date(entry.occurredAt).toISOString(),
        details: entry.details,
        requestId: entry.requestId,
      })),
      nextCursor: null,
    };
  }
}
