import {
  ACTION_STATUSES,
  ACTION_TYPES,
  SUBJECT_TYPES,
  type ActionStatus,
  type ActionType,
  type SubjectKind,
} from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../../../audit/export-stream';
import { PageQueryDto } from '../../../common/page-query.dto';
import {
  commaSeparated,
  NonEmptyText,
  OptionalInstant,
  OptionalReason,
  OptionalUuid,
  trimmed,
  UuidList,
} from '../../../common/dto-fields';

export class ActionSubjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SUBJECT_TYPES }) type: SubjectKind;
}

/** One enforcement action with who proposed, decided, executed and reversed it; also an action history item. */
export class EnforcementActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 'ETH-2026-0042' }) caseReference: string;
  @ApiProperty({ type: ActionSubjectDto }) subject: ActionSubjectDto;
  @ApiProperty({ enum: ACTION_TYPES }) type: ActionType;
  @ApiProperty({ type: [String], example: ['cloud-storage', 'ai-services'] }) services: string[];
  @ApiProperty() scope: string;
  @ApiProperty() rationale: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) effectiveFrom: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) effectiveUntil: string | null;
  @ApiProperty({ format: 'uuid' }) proposedBy: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who approved or rejected it' })
  decidedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) executedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) executedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) executionReference: string | null;
  @ApiProperty({ type: String, nullable: true }) executionReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reversedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reversedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) reversalReason: string | null;
  @ApiProperty({ type: [String] }) findingIds: string[];
  @ApiProperty({ type: [String], description: 'Policy clause versions it rests on' }) policyClauseIds: string[];
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class EnforcementActionPageDto {
  @ApiProperty({ type: [EnforcementActionDto] }) items: EnforcementActionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** `effectiveUntil` must come after `effectiveFrom` when both are given. */
function IsAfterEffectiveFrom() {
  return ValidateBy({
    name: 'isAfterEffectiveFrom',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const from = (args?.object as { effectiveFrom?: unknown }).effectiveFrom;
        if (typeof value !== 'string' || typeof from !== 'string') return true;
        const [until, since] = [Date.parse(value), Date.parse(from)];
        return Number.isNaN(until) || Number.isNaN(since) || until > since;
      },
      defaultMessage: () => 'effectiveUntil must be later than effectiveFrom',
    },
  });
}

export class ProposeActionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subjectId: string;

  @ApiProperty({ enum: ACTION_TYPES })
  @IsIn(ACTION_TYPES)
  type: ActionType;

  @ApiProperty({ type: [String], example: ['cloud-storage'], description: 'Keys of the configured service catalogue' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(63, { each: true })
  services: string[];

  @ApiProperty({ description: 'Which accounts, subscriptions or regions it covers' })
  @Transform(trimmed)
  @NonEmptyText(5000)
  scope: string;

  @ApiProperty()
  @NonEmptyText(20000)
  rationale: string;

  @OptionalInstant({ type: String })
  effectiveFrom?: string;

  @OptionalInstant({ type: String, description: 'Later than effectiveFrom' })
  @IsAfterEffectiveFrom()
  effectiveUntil?: string;

  @ApiPropertyOptional({ type: [String], description: 'Findings of the same case' })
  @IsOptional()
  @UuidList(100)
  findingIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Policy clause versions' })
  @IsOptional()
  @UuidList(100)
  policyClauseIds?: string[];

  @OptionalReason()
  reason?: string;
}

/** Filters of a case's actions; `from`/`to` bound `proposedAt` (from inclusive, to exclusive). */
export class ListActionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'One type or several, comma-separated', example: 'disable_service' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(ACTION_TYPES, { each: true })
  type?: ActionType[];

  @ApiPropertyOptional({ description: 'One status or several, comma-separated', example: 'approved,executed' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(ACTION_STATUSES, { each: true })
  status?: ActionStatus[];

  @OptionalUuid()
  subjectId?: string;

  @OptionalInstant({ description: 'Proposed at or after' })
  from?: string;

  @OptionalInstant({ description: 'Proposed before' })
  to?: string;
}

export class ActionHistoryQueryDto extends ListActionsQueryDto {
  @OptionalUuid()
  caseId?: string;
}

/** The history's filters (no paging: an export is every matching action) and a format. */
export class ExportActionsQueryDto extends OmitType(ActionHistoryQueryDto, ['limit', 'cursor'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or ndjson' })
  format: ExportFormat;
}
