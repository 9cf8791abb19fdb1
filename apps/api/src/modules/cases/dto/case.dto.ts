import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  SEVERITIES,
  type CaseOutcome,
  type CaseStatus,
  type Severity,
} from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsOptionalNotNull } from '../../../common/optional';
import { PageQueryDto } from '../../../common/page-query.dto';
import {
  commaSeparated,
  NonEmptyText,
  OptionalCountryCode,
  OptionalInstant,
  OptionalReadVersion,
  OptionalReason,
  OptionalText,
  ReadVersion,
  RequiredReason,
  trimmed,
} from '../../../common/dto-fields';

export class CaseCountsDto {
  @ApiProperty() members: number;
  @ApiProperty() allegations: number;
  @ApiProperty({ description: 'Allegations still without a finding' }) openAllegations: number;
  @ApiProperty({ description: 'Not withdrawn' }) evidence: number;
  @ApiProperty() tasks: number;
  @ApiProperty() findings: number;
  @ApiProperty() actions: number;
  @ApiProperty() statements: number;
}

/**
 * A case. Whoever may read only a restricted case's summary (executives) gets its detail fields
 * empty: null, or [] for lists (`CASE_DETAIL_FIELDS` in libs/authz).
 */
export class CaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ETH-2026-0042' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for whoever may read only the summary fields' })
  summary: string | null;
  @ApiProperty({ enum: SEVERITIES }) severity: Severity;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty({ enum: CASE_OUTCOMES, nullable: true }) outcome: CaseOutcome | null;
  @ApiProperty({ type: String, nullable: true }) outcomeSummary: string | null;
  @ApiProperty() restricted: boolean;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: [String] }) products: string[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CaseDetailDto extends CaseDto {
  @ApiProperty({ type: [String] }) memberIds: string[];
  @ApiProperty({ type: CaseCountsDto, nullable: true, description: 'Null for whoever may read only the summary' })
  counts: CaseCountsDto | null;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseDto] }) items: CaseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** Fields a case shares between creation and edits. */
class CaseFieldsDto {
  @ApiPropertyOptional()
  @OptionalText(100)
  region?: string | null;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'IL' })
  @OptionalCountryCode()
  country?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  products?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  dueAt?: string | null;

  @ApiPropertyOptional({ description: 'Leads only' })
  @IsOptionalNotNull()
  @IsBoolean()
  restricted?: boolean;

  @OptionalReason()
  reason?: string;
}

export class CreateCaseDto extends CaseFieldsDto {
  @ApiProperty()
  @Transform(trimmed)
  @NonEmptyText(300)
  title: string;

  @ApiProperty()
  @NonEmptyText(20000)
  summary: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;
}

export class UpdateCaseDto extends CaseFieldsDto {
  @ReadVersion()
  version: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trimmed)
  @NonEmptyText(300)
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @NonEmptyText(20000)
  summary?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptionalNotNull()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Leads only' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  leadId?: string | null;
}

export class TransitionCaseDto {
  @ApiProperty({ enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES)
  to: CaseStatus;

  @RequiredReason()
  reason: string;

  @ApiPropertyOptional({ enum: CASE_OUTCOMES, description: 'Required when closing' })
  @IsOptional()
  @IsIn(CASE_OUTCOMES)
  outcome?: CaseOutcome;

  @ApiPropertyOptional({ description: 'Required when closing' })
  @IsOptional()
  @NonEmptyText(20000)
  outcomeSummary?: string;

  @OptionalReadVersion('When given, a stale version gets 409')
  version?: number;
}

export class ListCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'One status or several, comma-separated', example: 'intake,triage' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(CASE_STATUSES, { each: true })
  status?: CaseStatus[];

  @ApiPropertyOptional({ example: 'high,critical' })
  @IsOptionalNotNull()
  @Transform(commaSeparated)
  @IsIn(SEVERITIES, { each: true })
  severity?: Severity[];

  @ApiPropertyOptional({ example: 'substantiated' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(CASE_OUTCOMES, { each: true })
  outcome?: CaseOutcome[];

  @ApiPropertyOptional({ description: 'Full text over reference, title, summary and allegations' })
  @OptionalText(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['me'] })
  @IsOptional()
  @IsIn(['me'])
  member?: 'me';

  @OptionalInstant()
  openedFrom?: string;

  @OptionalInstant()
  openedTo?: string;
}
