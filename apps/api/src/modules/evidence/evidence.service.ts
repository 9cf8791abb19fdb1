import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ValidationProblem, VersionConflictProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import type { EvidenceDto, EvidencePageDto } from './dto/evidence.dto';
import type { LinkEvidenceDto, ListEvidenceQueryDto, UpdateEvidenceDto } from './dto/update-evidence.dto';
import type { EvidenceEntity } from './entities/evidence.entity';
import { assertCaseTakesWork } from '../cases/case-work';
import { EvidenceAccess } from './evidence-access';
import { auditedEvidence, toEvidenceDto } from './evidence-snapshot';
import { EvidenceRuleProblem } from './evidence.errors';
import { EvidenceRepository } from './evidence.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

/** Metadata a PATCH may change; content (hash, size, media type) is not among them, by design. */
const EDITABLE_FIELDS = ['title', 'description', 'kind', 'source', 'sourceUrl', 'legalHold'] as const;

/** Reading items and the changes that keep their content: metadata edits, withdrawal, links. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvidenceAccess,
    private readonly evidence: EvidenceRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, caseId: string, query: ListEvidenceQueryDto): Promise<EvidencePageDto> {
    const manager = this.dataSource.manager;
    await this.access.loadCase(manager, actor, caseId, 'read');
    const page = await this.evidence.page(manager, caseId, query.includeWithdrawn ?? false, query.limit, query.cursor);
    const links = await this.evidence.linksOf(
      manager,
      page.items.map((item) => item.id),
    );
    return {
      items: page.items.map((item) => toEvidenceDto(item, links.get(item.id) ?? [])),
      nextCursor: page.nextCursor,
    };
  }

  async get(actor: Actor, caseId: string, id: string): Promise<EvidenceDto> {
    const manager = this.dataSource.manager;
    const { item } = await this.access.load(manager, actor, caseId, id, 'read');
    return this.toDto(manager, item);
  }

  async update(
    actor: Actor,
    caseId: string,
    id: string,
    input: UpdateEvidenceDto,
    ifMatch?: string,
  ): Promise<EvidenceDto> {
    const version = input.version ?? versionFromIfMatch(ifMatch);
    await inTransaction(this.dataSource, async (manager) => {
      const { scoped, item } = await this.access.load(manager, actor, caseId, id, 'update', 'Evidence', true);
      const fields = EDITABLE_FIELDS.filter((field) => input[field] !== undefined);
      this.access.assertFieldsEditable(actor, scoped, [...fields]);
      assertCaseTakesWork(scoped, actor, 'change_evidence', input.reason);
      if (item.version !== version) throw new VersionConflictProblem('The evidence item', item.version);
      if (item.withdrawnAt) throw new EvidenceRuleProblem('A withdrawn evidence item cannot be changed.');
      if (fields.length === 0) return;

      const changes: Partial<EvidenceEntity> = Object.fromEntries(fields.map((field) => [field, input[field]]));
      if (!(await this.evidence.updateAtVersion(manager, id, version, changes))) {
        throw new VersionConflictProblem('The evidence item', version + 1);
      }
      const before = auditedEvidence(await this.toDto(manager, item));
      const after = auditedEvidence(await this.toDto(manager, (await this.evidence.findInCase(manager, caseId, id))!));
      await this.audit.recordEdit(manager, actor.audit, {
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: id,
        caseId,
        before: before,
        after: after,
        reason: input.reason ?? null,
      });
    });
    return this.get(actor, caseId, id);
  }

  /** Withdrawal keeps the record, its bytes and its trail; it only takes the item out of the working list. */
  async withdraw(
    actor: Actor,
    caseId: string,
    id: string,
    reason: string | undefined,
    version?: number,
  ): Promise<void> {
    if (!reason?.trim()) {
      throw new ValidationProblem([{ field: 'reason', message: 'reason is required to withdraw evidence' }]);
    }
    await inTransaction(this.dataSource, async (manager) => {
      const { scoped, item } = await this.access.load(manager, actor, caseId, id, 'delete', 'Evidence', true);
      assertCaseTakesWork(scoped, actor, 'change_evidence', reason);
      if (version !== undefined && version !== item.version) {
        throw new VersionConflictProblem('The evidence item', item.version);
      }
      if (item.legalHold)
        throw new EvidenceRuleProblem('This evidence item is under legal hold and cannot be withdrawn.');
      if (item.withdrawnAt) throw new EvidenceRuleProblem('This evidence item is already withdrawn.');
      const withdrawnAt = this.clock.now();
      await this.evidence.updateAtVersion(manager, id, item.version, { withdrawnAt });
      await this.audit.record(manager, actor.audit, {
        action: 'evidence.withdrawn',
        entityType: 'evidence',
        entityId: id,
        caseId,
        before: { withdrawnAt: null, version: item.version },
        after: { withdrawnAt: withdrawnAt.toISOString(), version: item.version + 1 },
        reason,
      });
    });
  }

  async link(actor: Actor, caseId: string, id: string, input: LinkEvidenceDto): Promise<EvidenceDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const { scoped, item } = await this.access.load(manager, actor, caseId, id, 'update', 'Evidence', true);
      assertCaseTakesWork(scoped, actor, 'change_evidence', input.reason);
      if (item.withdrawnAt) throw new EvidenceRuleProblem('A withdrawn evidence item cannot be linked.');
      const ofCase = await this.evidence.allegationIdsInCase(manager, caseId, [input.allegationId]);
      if (!ofCase.has(input.allegationId)) {
        throw new EvidenceRuleProblem('Evidence can only be linked to an allegation of the same case.');
      }
      const before = (await this.evidence.linksOf(manager, [id])).get(id) ?? [];
      await this.evidence.upsertLinks(manager, id, [input.allegationId], input.relation);
      const after = (await this.evidence.linksOf(manager, [id])).get(id) ?? [];
      await this.audit.record(manager, actor.audit, {
        action: 'evidence.updated',
        entityType: 'evidence',
        entityId: id,
        caseId,
        before: { links: before },
        after: { links: after },
        reason: input.reason ?? null,
      });
    });
    return this.get(actor, caseId, id);
  }

  async toDto(manager: EntityManager, item: EvidenceEntity): Promise<EvidenceDto> {
    const links = await this.evidence.linksOf(manager, [item.id]);
    return toEvidenceDto(item, links.get(item.id) ?? []);
  }
}

/** `If-Match: "3"` (or W/"3", or 3) as the version, for clients that send it as a header. */
function versionFromIfMatch(header: string | undefined): number {
  const match = header?.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  if (!match) {
    throw new ValidationProblem([{ field: 'version', message: 'version is required (in the body or as If-Match)' }]);
  }
  return Number(match[1]);
}
