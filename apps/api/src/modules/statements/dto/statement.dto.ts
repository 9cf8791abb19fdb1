import {
  STATEMENT_AUDIENCES,
  STATEMENT_DIRECTIONS,
  STATEMENT_STATUSES,
  type StatementAudience,
  type StatementDirection,
  type StatementStatus,
} from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import {
  commaSeparated,
  NonEmptyText,
  OptionalInstant,
  OptionalReadVersion,
  OptionalReason,
  OptionalUuid,
  ReadVersion,
  RequiredReason,
} from '../../../common/dto-fields';

export class StatementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: STATEMENT_DIRECTIONS }) direction: StatementDirection;
  @ApiProperty({ enum: STATEMENT_AUDIENCES }) audience: StatementAudience;
  @ApiProperty({ type: String, nullable: true }) channel: string | null;
  @ApiProperty({ format: 'uuid', description: 'Issued: who drafted it; received: who recorded it' }) authorId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Received: who made the statement' }) source: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ enum: STATEMENT_STATUSES }) status: StatementStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) statedAt: string | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Everyone other than the author who changed it; like the author, none of them may approve it',
  })
  editorIds: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) publishedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersededById: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class StatementPageDto {
  @ApiProperty({ type: [StatementDto] }) items: StatementDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** Fields shared by creation and edits; `null` clears an optional one on edit. */
class StatementFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'press release' })
  @IsOptional()
  @NonEmptyText(200)
  channel?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Received: who made the statement' })
  @IsOptional()
  @NonEmptyText(300)
  source?: string | null;

  @OptionalInstant({ type: String, nullable: true, description: 'When it was said' })
  statedAt?: string | null;

  @OptionalReason()
  reason?: string;
}

export class CreateStatementDto extends StatementFieldsDto {
  @ApiProperty({ enum: STATEMENT_DIRECTIONS })
  @IsIn(STATEMENT_DIRECTIONS)
  direction: StatementDirection;

  @ApiProperty({
    enum: STATEMENT_AUDIENCES,
    description: '`public` and `press` need an approver other than the author',
  })
  @IsIn(STATEMENT_AUDIENCES)
  audience: StatementAudience;

  @ApiProperty()
  @NonEmptyText(50000)
  body: string;

  @OptionalUuid('A published statement of this case that this one replaces')
  supersedesId?: string;
}

export class UpdateStatementDto extends StatementFieldsDto {
  @ReadVersion()
  version: number;

  @ApiPropertyOptional({ enum: STATEMENT_AUDIENCES })
  @IsOptional()
  @IsIn(STATEMENT_AUDIENCES)
  audience?: StatementAudience;

  @ApiPropertyOptional()
  @IsOptional()
  @NonEmptyText(50000)
  body?: string;
}

/** Body of submit, approve and publish. */
export class StatementCommandDto {
  @RequiredReason()
  reason: string;

  @OptionalReadVersion('When given, a stale version gets 409 (approve what you read)')
  version?: number;
}

export class ListStatementsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATEMENT_DIRECTIONS })
  @IsOptional()
  @IsIn(STATEMENT_DIRECTIONS)
  direction?: StatementDirection;

  @ApiPropertyOptional({ description: 'One status or several, comma-separated', example: 'draft,in_review' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(STATEMENT_STATUSES, { each: true })
  status?: StatementStatus[];

  @ApiPropertyOptional({ description: 'One audience or several, comma-separated', example: 'public,press' })
  @IsOptional()
  @Transform(commaSeparated)
  @IsIn(STATEMENT_AUDIENCES, { each: true })
  audience?: StatementAudience[];
}
