import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor, AppRequest } from '../../common/request-context';
import type { AppConfig } from '../../config/app-config';
import { assertCaseMayTakeWork, assertCaseTakesWork } from '../cases/case-work';
import { APP_CONFIG } from '../../config/app-config.token';
import type { EvidenceDto } from './dto/evidence.dto';
import type { EvidenceIntakeFieldsDto } from './dto/create-evidence.dto';
import type { EvidenceEntity } from './entities/evidence.entity';
import { EvidenceAccess } from './evidence-access';
import { EvidenceCustodyService } from './evidence-custody.service';
import { auditedEvidence } from './evidence-snapshot';
import { EvidenceMediaTypeProblem, EvidenceRuleProblem, storeProblem } from './evidence.errors';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { readJsonRecord, readUploadForm } from './intake/evidence-intake-fields';
import { TEXT_PLAIN } from './intake/media-type-sniffer';
import { receiveMultipartEvidence } from './intake/multipart-evidence.parser';
import { EVIDENCE_STORE, type EvidenceStore } from './storage/evidence-store';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

/** What a request brought, validated, with its bytes (if any) already in the store. */
interface Intake {
  fields: EvidenceIntakeFieldsDto;
  sha256: string;
  content: { size: number; mediaType: string; originalFilename: string | null } | null;
}

/**
 * Adding evidence: bytes first (streamed, hashed and committed to the store
 * outside any transaction), then the record, its custody entry and its audit
 * event in one transaction, so that a failure leaves no record; an orphan
 * object in the store is harmless and is reused by the next identical upload.
 */
@Injectable()
export class EvidenceIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvidenceAccess,
    private readonly evidence: EvidenceRepository,
    private readonly items: EvidenceService,
    private readonly custody: EvidenceCustodyService,
    private readonly audit: AuditService,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, caseId: string, request: AppRequest): Promise<EvidenceDto> {
    // Before reading a byte of the body: outsiders must not be able to fill our disk, nor
    // anyone a case that takes no more evidence. The reason, if one is needed, comes with the fields.
    await this.assertMayTakeEvidence(actor, caseId);
    return this.recordIntake(actor, caseId, await this.receive(request));
  }

  /** A record without a file, from the JSON body `create` would read. */
  async createRecord(actor: Actor, caseId: string, body: unknown): Promise<EvidenceDto> {
    await this.assertMayTakeEvidence(actor, caseId);
    return this.recordIntake(actor, caseId, await this.receiveRecord(body));
  }

  private async assertMayTakeEvidence(actor: Actor, caseId: string): Promise<void> {
    const found = await this.access.loadCase(this.dataSource.manager, actor, caseId, 'create');
    assertCaseMayTakeWork(found, actor, 'add_evidence');
  }

  private async recordIntake(actor: Actor, caseId: string, intake: Intake): Promise<EvidenceDto> {
    const id = await inTransaction(this.dataSource, (manager) => this.record(manager, actor, caseId, intake));
    return this.items.get(actor, caseId, id);
  }

  private async receive(request: AppRequest): Promise<Intake> {
    if (request.is('multipart/form-data')) return this.receiveUpload(request);
    if (request.is('application/json')) return this.receiveRecord(request.body as unknown);
    throw new EvidenceMediaTypeProblem();
  }

  private async receiveUpload(request: AppRequest): Promise<Intake> {
    const form = await receiveMultipartEvidence(request, this.store, this.config.evidenceMaxBytes);
    try {
      const fields = await readUploadForm(form);
      const file = form.file!;
      await this.store.commit(file.staged);
      return {
        fields,
        sha256: file.staged.sha256,
        content: { size: file.staged.size, mediaType: file.mediaType, originalFilename: file.filename },
      };
    } catch (error) {
      if (form.file) await this.store.discard(form.file.staged);
      throw storeProblem(error);
    }
  }

  /**
   * A record without a file. Captured text is kept in the store as text/plain
   * (so it can be downloaded and re-verified like a file); a bare hash refers
   * to content kept elsewhere and stores nothing.
   */
  private async receiveRecord(body: unknown): Promise<Intake> {
    const { fields, capturedText, sha256 } = await readJsonRecord(body);
    if (capturedText === undefined) return { fields, sha256: sha256!, content: null };
    const bytes = Buffer.from(capturedText, 'utf8');
    const textHash = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== undefined && sha256 !== textHash) {
      throw new ValidationProblem([{ field: 'sha256', message: 'does not match the SHA-256 of capturedText' }]);
    }
    try {
      const stored = await this.store.put(Readable.from([bytes]), this.config.evidenceMaxBytes);
      return {
        fields,
        sha256: stored.sha256,
        content: { size: stored.size, mediaType: TEXT_PLAIN, originalFilename: null },
      };
    } catch (error) {
      throw storeProblem(error);
    }
  }

  private async record(manager: EntityManager, actor: Actor, caseId: string, intake: Intake): Promise<string> {
    const { fields, content } = intake;
    const found = await this.access.loadCase(manager, actor, caseId, 'create', 'Evidence', 'share');
    assertCaseTakesWork(found, actor, 'add_evidence', fields.reason);
    const superseded = fields.supersedesId ? await this.supersedable(manager, caseId, fields.supersedesId) : null;
    const allegationIds = fields.allegationIds ?? [];
    const ofCase = await this.evidence.allegationIdsInCase(manager, caseId, allegationIds);
    if (allegationIds.some((allegationId) => !ofCase.has(allegationId))) {
      throw new EvidenceRuleProblem('Evidence can only be linked to allegations of the same case.');
    }

    const item = await this.evidence.insert(manager, {
      ...this.clock.rowDates(),
      caseId,
      title: fields.title,
      kind: fields.kind,
      description: fields.description ?? null,
      sha256: intake.sha256,
      hasContent: content !== null,
      sizeBytes: content ? String(content.size) : null,
      mediaType: content?.mediaType ?? null,
      originalFilename: content?.originalFilename ?? null,
      source: fields.source ?? null,
      sourceUrl: fields.sourceUrl ?? null,
      collectedBy: actor.user.id,
      collectedAt: fields.collectedAt ? new Date(fields.collectedAt) : this.clock.now(),
      supersedesId: superseded?.id ?? null,
    });
    if (allegationIds.length > 0) await this.evidence.upsertLinks(manager, item.id, allegationIds, fields.relation!);
    await this.custody.append(manager, actor, item.id, 'received', {
      sha256: item.sha256,
      sizeBytes: content?.size ?? null,
      mediaType: item.mediaType,
      originalFilename: item.originalFilename,
    });
    await this.audit.record(manager, actor.audit, {
      action: 'evidence.added',
      entityType: 'evidence',
      entityId: item.id,
      caseId,
      after: auditedEvidence(await this.items.toDto(manager, item)),
      reason: fields.reason ?? null,
      metadata: { sha256: item.sha256, hasContent: item.hasContent },
    });
    if (superseded) await this.supersede(manager, actor, caseId, superseded, item.id, fields.reason);
    return item.id;
  }

  /** The item to correct: of the same case, still current, not withdrawn; locked until commit. */
  private async supersedable(manager: EntityManager, caseId: string, id: string): Promise<EvidenceEntity> {
    const old = await this.evidence.findInCase(manager, caseId, id, true);
    if (!old) throw new EvidenceRuleProblem('supersedesId must name an evidence item of the same case.');
    if (old.supersededById) throw new EvidenceRuleProblem('That evidence item has already been superseded.');
    if (old.withdrawnAt) throw new EvidenceRuleProblem('A withdrawn evidence item cannot be superseded.');
    return old;
  }

  private async supersede(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    old: EvidenceEntity,
    supersededById: string,
    reason: string | undefined,
  ): Promise<void> {
    if (!(await this.evidence.markSuperseded(manager, old.id, supersededById))) {
      throw new EvidenceRuleProblem('That evidence item has already been superseded.');
    }
    await this.custody.append(manager, actor, old.id, 'superseded', { supersededById });
    await this.audit.record(manager, actor.audit, {
      action: 'evidence.superseded',
      entityType: 'evidence',
      entityId: old.id,
      caseId,
      before: { supersededById: null, version: old.version },
      after: { supersededById, version: old.version + 1 },
      reason: reason ?? null,
      metadata: { supersededById },
    });
  }
}
