import { TIMELINE_ENTITY_TYPES, TIMELINE_KINDS, type TimelineEntityType, type TimelineKind } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalText } from '../../../common/dto-fields';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A whole case's story is bounded, so a page may be larger than other lists allow. */
export const TIMELINE_LIMIT_MAX = 500;
export const TIMELINE_LIMIT_DEFAULT = 50;

export class TimelineQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: TIMELINE_LIMIT_MAX, default: TIMELINE_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(TIMELINE_LIMIT_MAX)
  limit: number = TIMELINE_LIMIT_DEFAULT;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @OptionalText(512)
  cursor?: string;
}

export class TimelineEntryDto {
  @ApiProperty({ description: 'Stable id of the entry: the audit event id, or the entity id for record dates' })
  id: string;

  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind: TimelineKind;
  @ApiProperty({ example: 'Status changed from intake to triage' }) title: string;
  @ApiProperty({ enum: TIMELINE_ENTITY_TYPES }) entityType: TimelineEntityType;
  @ApiProperty({ description: 'The case, record or member (user id) the entry is about' }) entityId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Facts of the entry; only the fields the caller's role may see",
  })
  details?: Record<string, unknown>;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineEntryDto], description: 'Oldest first' }) items: TimelineEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
