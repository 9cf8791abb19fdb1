import {
  CUSTODY_EVENTS,
  EVIDENCE_KINDS,
  EVIDENCE_RELATIONS,
  type CustodyEvent,
  type EvidenceKind,
  type EvidenceRelation,
} from '@ethics/domain';
import { ApiProperty } from '@nestjs/swagger';

export class EvidenceLinkDto {
  @ApiProperty({ format: 'uuid' }) allegationId: string;
  @ApiProperty({ enum: EVIDENCE_RELATIONS }) relation: EvidenceRelation;
}

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: EvidenceKind;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'SHA-256 (hex) of the bytes, or of the captured text of a record', example: 'e3b0…' })
  sha256: string;
  @ApiProperty({ description: 'Whether the bytes are in the store (downloadable, verifiable)' }) hasContent: boolean;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Sniffed from the bytes, never taken from the client' })
  mediaType: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For display only' }) originalFilename: string | null;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceUrl: string | null;
  @ApiProperty({ format: 'uuid' }) collectedBy: string;
  @ApiProperty({ format: 'date-time' }) collectedAt: string;
  @ApiProperty() legalHold: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersededById: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [EvidenceLinkDto] }) links: EvidenceLinkDto[];
}

export class EvidencePageDto {
  @ApiProperty({ type: [EvidenceDto] }) items: EvidenceDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class EvidenceVerificationDto {
  @ApiProperty({ description: 'The hash recorded at intake' }) sha256: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The hash of the bytes now stored; null when they are gone',
  })
  computedSha256: string | null;
  @ApiProperty() matches: boolean;
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
}

export class CustodyEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CUSTODY_EVENTS }) event: CustodyEvent;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: Object, nullable: true }) details: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
}

export class CustodyListDto {
  @ApiProperty({ type: [CustodyEntryDto] }) items: CustodyEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole chain in one answer' })
  nextCursor: null;
}
