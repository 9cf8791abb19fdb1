import { EVIDENCE_KINDS, EVIDENCE_RELATIONS, type EvidenceKind, type EvidenceRelation } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NonEmptyText, OptionalReadVersion, OptionalReason, OptionalText, trimmed } from '../../../common/dto-fields';
import { IsEvidenceUrl, unlessAbsent } from './evidence-fields';

/** Metadata only: the content (hash, size, media type) of an item never changes; a correction supersedes it. */
export class UpdateEvidenceDto {
  @ApiPropertyOptional({ description: 'The version you read (or send If-Match); a stale one gets 409' })
  @ValidateIf(unlessAbsent)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ maxLength: 300 })
  @ValidateIf(unlessAbsent)
  @Transform(trimmed)
  @NonEmptyText(300)
  title?: string;

  @ApiPropertyOptional({ enum: EVIDENCE_KINDS })
  @ValidateIf(unlessAbsent)
  @IsIn(EVIDENCE_KINDS)
  kind?: EvidenceKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000 })
  @OptionalText(20000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Transform(trimmed)
  @OptionalText(300)
  source?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', maxLength: 2000 })
  @IsOptional()
  @IsEvidenceUrl()
  @MaxLength(2000)
  sourceUrl?: string | null;

  @ApiPropertyOptional({ description: 'Leads only' })
  @ValidateIf(unlessAbsent)
  @IsBoolean()
  legalHold?: boolean;

  @OptionalReason()
  reason?: string;
}

export class WithdrawEvidenceDto {
  @OptionalReason('Required (here or as ?reason=)')
  @MinLength(1)
  reason?: string;

  @OptionalReadVersion('When given, a stale version gets 409')
  version?: number;
}

export class WithdrawEvidenceQueryDto {
  @OptionalReason('Required (here or in the body)')
  @MinLength(1)
  reason?: string;
}

export class LinkEvidenceDto {
  @ApiProperty({ format: 'uuid', description: 'An allegation of the same case' })
  @IsUUID()
  allegationId: string;

  @ApiProperty({ enum: EVIDENCE_RELATIONS })
  @IsIn(EVIDENCE_RELATIONS)
  relation: EvidenceRelation;

  @OptionalReason()
  reason?: string;
}

export class ListEvidenceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Include withdrawn items' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeWithdrawn?: boolean;
}
