import { FINDING_CONCLUSIONS, type FindingConclusion } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { NonEmptyText, OptionalReason, OptionalText, UuidList } from '../../../common/dto-fields';

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) allegationId: string;
  @ApiProperty({ enum: FINDING_CONCLUSIONS }) conclusion: FindingConclusion;
  @ApiProperty() rationale: string;
  @ApiProperty({ type: String, nullable: true }) externalReviewer: string | null;
  @ApiProperty({ type: [String] }) evidenceIds: string[];
  @ApiProperty({ type: [String] }) policyClauseIds: string[];
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FindingListDto {
  @ApiProperty({ type: [FindingDto] }) items: FindingDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: null;
}

export class CreateFindingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  allegationId: string;

  @ApiProperty({ enum: FINDING_CONCLUSIONS })
  @IsIn(FINDING_CONCLUSIONS)
  conclusion: FindingConclusion;

  @ApiProperty()
  @NonEmptyText(20000)
  rationale: string;

  @ApiPropertyOptional({ type: [String], description: 'Evidence of the same case relied on' })
  @IsOptional()
  @UuidList(100)
  evidenceIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Policy clause versions relied on' })
  @IsOptional()
  @UuidList(50)
  policyClauseIds?: string[];

  @ApiPropertyOptional({ description: 'An external reviewer (e.g. outside counsel) whose finding this is' })
  @OptionalText(300)
  externalReviewer?: string;

  @OptionalReason()
  reason?: string;
}
