import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/request-context';
import { contentDisposition } from './download-filename';
import type { EvidenceVerificationDto } from './dto/evidence.dto';
import { EvidenceAccess } from './evidence-access';
import { EvidenceCustodyService } from './evidence-custody.service';
import {
  EvidenceContentNotFoundProblem,
  EvidenceRuleProblem,
  EvidenceStoreUnavailableProblem,
  storeProblem,
} from './evidence.errors';
import { OCTET_STREAM } from './intake/media-type-sniffer';
import { ContentMissingError, EVIDENCE_STORE, type ContentReader, type EvidenceStore } from './storage/evidence-store';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

export interface EvidenceDownload {
  reader: ContentReader;
  mediaType: string;
  disposition: string;
}

/** The stored bytes: downloading them and re-verifying them, both written to custody and audit. */
@Injectable()
export class EvidenceContentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvidenceAccess,
    private readonly custody: EvidenceCustodyService,
    private readonly audit: AuditService,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens the bytes first (so a missing object is a 404, not a download on
   * record that never happened), then records the download, then hands the
   * stream out: nobody receives a byte that the trail does not show.
   */
  async download(actor: Actor, caseId: string, id: string): Promise<EvidenceDownload> {
    const { item } = await this.access.load(this.dataSource.manager, actor, caseId, id, 'read', 'EvidenceContent');
    if (!item.hasContent) throw new EvidenceContentNotFoundProblem();
    const reader = await this.open(item.sha256);
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await this.access.load(manager, actor, caseId, id, 'read', 'EvidenceContent');
        await this.custody.append(manager, actor, id, 'downloaded', { sha256: item.sha256 });
        await this.audit.record(manager, actor.audit, {
          action: 'evidence.downloaded',
          entityType: 'evidence',
          entityId: id,
          caseId,
          metadata: { sha256: item.sha256 },
        });
      });
    } catch (error) {
      reader.stream.destroy();
      throw error;
    }
    return { reader, mediaType: item.mediaType ?? OCTET_STREAM, disposition: contentDisposition(item) };
  }

  /** Re-hashes the stored bytes (outside any transaction), then records the result, match or not. */
  async verify(actor: Actor, caseId: string, id: string): Promise<EvidenceVerificationDto> {
    const { item } = await this.access.load(this.dataSource.manager, actor, caseId, id, 'read');
    if (!item.hasContent) {
      throw new EvidenceRuleProblem('This item is a record without stored content: there is nothing stored to verify.');
    }
    const computed = await this.hashStored(item.sha256);
    const matches = computed === item.sha256;
    const checkedAt = this.clock.now();
    await inTransaction(this.dataSource, async (manager) => {
      await this.access.load(manager, actor, caseId, id, 'read');
      await this.custody.append(manager, actor, id, 'verified', { matches, computed });
      await this.audit.record(manager, actor.audit, {
        action: 'evidence.verified',
        entityType: 'evidence',
        entityId: id,
        caseId,
        metadata: { sha256: item.sha256, matches },
      });
    });
    return { sha256: item.sha256, computedSha256: computed, matches, checkedAt: checkedAt.toISOString() };
  }

  private async open(sha256: string): Promise<ContentReader> {
    try {
      return await this.store.open(sha256);
    } catch (error) {
      if (error instanceof ContentMissingError) throw new EvidenceContentNotFoundProblem();
      throw storeProblem(error);
    }
  }

  /** The SHA-256 of what the store holds now; null when it holds nothing (which is a failed verification too). */
  private async hashStored(sha256: string): Promise<string | null> {
    let reader: ContentReader;
    try {
      reader = await this.store.open(sha256);
    } catch (error) {
      if (error instanceof ContentMissingError) return null;
      throw storeProblem(error);
    }
    const hash = createHash('sha256');
    try {
      await pipeline(reader.stream, hash);
    } catch {
      // The connection to the store broke while we read: no verdict either way.
      throw new EvidenceStoreUnavailableProblem();
    }
    return hash.digest('hex');
  }
}
