import { EVIDENCE_KINDS, EVIDENCE_RELATIONS, type EvidenceKind, type EvidenceRelation } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  commaSeparated,
  NonEmptyText,
  OptionalInstant,
  OptionalReason,
  OptionalText,
  OptionalUuid,
  trimmed,
  UuidList,
} from '../../../common/dto-fields';
import { IsEvidenceUrl } from './evidence-fields';

/** Metadata shared by both ways of adding evidence. */
export class EvidenceIntakeFieldsDto {
  @ApiProperty({ maxLength: 300 })
  @Transform(trimmed)
  @NonEmptyText(300)
  title: string;

  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind: EvidenceKind;

  @ApiPropertyOptional({ maxLength: 20000 })
  @OptionalText(20000)
  description?: string;

  @ApiPropertyOptional({ description: 'Who or where it came from', maxLength: 300 })
  @Transform(trimmed)
  @OptionalText(300)
  source?: string;

  @ApiPropertyOptional({ format: 'uri', maxLength: 2000 })
  @IsOptional()
  @IsEvidenceUrl()
  @MaxLength(2000)
  sourceUrl?: string;

  @OptionalInstant({ description: 'Defaults to now; not in the future' })
  collectedAt?: string;

  @OptionalUuid('An item of the same case that this one corrects')
  supersedesId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Allegations of the same case (a list, or in a form repeated or comma-separated)',
  })
  @IsOptional()
  @Transform(commaSeparated)
  @UuidList(50)
  allegationIds?: string[];

  @ApiPropertyOptional({ enum: EVIDENCE_RELATIONS, description: 'Required with allegationIds' })
  @ValidateIf((dto: EvidenceIntakeFieldsDto) => dto.allegationIds !== undefined || dto.relation !== undefined)
  @IsIn(EVIDENCE_RELATIONS)
  relation?: EvidenceRelation;

  @OptionalReason()
  reason?: string;
}

/** `multipart/form-data`: the file and its metadata (text fields). */
export class UploadEvidenceFormDto extends EvidenceIntakeFieldsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'Exactly one; its media type is sniffed from the bytes',
  })
  file: unknown;
}

/** `application/json`: a record without a file, identified by its captured text or a hash. */
export class CreateEvidenceRecordDto extends EvidenceIntakeFieldsDto {
  @ApiPropertyOptional({
    description: 'The text captured from the source; hashed and kept in the store (text/plain). Or send sha256.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  capturedText?: string;

  @ApiPropertyOptional({
    description: 'SHA-256 (hex) of content kept elsewhere; when sent with capturedText, must match',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256?: string;
}
