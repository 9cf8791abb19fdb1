import {
  ALLEGATION_SOURCE_TYPES,
  FINDING_STATUSES,
  type AllegationSourceType,
  type FindingStatus,
} from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/optional';
import { NonEmptyText, OptionalReason, ReadVersion, UuidList } from '../../../common/dto-fields';

export class AllegationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ALLEGATION_SOURCE_TYPES }) sourceType: AllegationSourceType;
  @ApiProperty({ type: String, nullable: true }) sourceReference: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Hidden (null) for executives' })
  reporterName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Hidden (null) for executives' })
  reporterContact: string | null;
  @ApiProperty({ enum: FINDING_STATUSES }) findingStatus: FindingStatus;
  @ApiProperty({ type: String, nullable: true }) findingRationale: string | null;
  @ApiProperty({ type: [String] }) policyClauseIds: string[];
  @ApiProperty({ type: [String] }) subjectIds: string[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AllegationListDto {
  @ApiProperty({ type: [AllegationDto] }) items: AllegationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: null;
}

class AllegationFieldsDto {
  @ApiPropertyOptional({ description: 'A URL or a document reference' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  sourceReference?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  receivedAt?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  reporterName?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(320)
  reporterContact?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Policy clause versions concerned' })
  @IsOptionalNotNull()
  @UuidList(50)
  policyClauseIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Subjects concerned' })
  @IsOptionalNotNull()
  @UuidList(50)
  subjectIds?: string[];

  @OptionalReason()
  reason?: string;
}

export class CreateAllegationDto extends AllegationFieldsDto {
  @ApiProperty()
  @NonEmptyText(20000)
  description: string;

  @ApiProperty({ enum: ALLEGATION_SOURCE_TYPES })
  @IsIn(ALLEGATION_SOURCE_TYPES)
  sourceType: AllegationSourceType;
}

export class UpdateAllegationDto extends AllegationFieldsDto {
  @ReadVersion()
  version: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @NonEmptyText(20000)
  description?: string;

  @ApiPropertyOptional({ enum: ALLEGATION_SOURCE_TYPES })
  @IsOptionalNotNull()
  @IsIn(ALLEGATION_SOURCE_TYPES)
  sourceType?: AllegationSourceType;

  @ApiPropertyOptional({ enum: FINDING_STATUSES, description: 'A conclusion other than open needs a rationale' })
  @IsOptionalNotNull()
  @IsIn(FINDING_STATUSES)
  findingStatus?: FindingStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(20000)
  findingRationale?: string | null;
}
