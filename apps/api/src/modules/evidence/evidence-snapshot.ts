import type { EvidenceDto } from './dto/evidence.dto';
import type { EvidenceEntity } from './entities/evidence.entity';
import type { EvidenceLink } from './evidence.repository';
import { iso } from '../../common/iso-date';

export function toEvidenceDto(entity: EvidenceEntity, links: EvidenceLink[]): EvidenceDto {
  return {
    id: entity.id,
    caseId: entity.caseId,
    title: entity.title,
    kind: entity.kind,
    description: entity.description,
    sha256: entity.sha256,
    hasContent: entity.hasContent,
    // bigint arrives as a string; evidence sizes stay far below 2^53.
    sizeBytes: entity.sizeBytes === null ? null : Number(entity.sizeBytes),
    mediaType: entity.mediaType,
    originalFilename: entity.originalFilename,
    source: entity.source,
    sourceUrl: entity.sourceUrl,
    collectedBy: entity.collectedBy,
    collectedAt: iso(entity.collectedAt)!,
    legalHold: entity.legalHold,
    supersedesId: entity.supersedesId,
    supersededById: entity.supersededById,
    withdrawnAt: iso(entity.withdrawnAt),
    version: entity.version,
    createdAt: iso(entity.createdAt)!,
    links,
  };
}

/** What the audit trail keeps of an item: its fields, without the bookkeeping timestamp. */
export function auditedEvidence(dto: EvidenceDto): Record<string, unknown> {
  const { createdAt: _created, ...fields } = dto;
  return fields;
}
