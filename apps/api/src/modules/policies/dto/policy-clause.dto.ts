import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NonEmptyText, OptionalReason, OptionalText } from '../../../common/dto-fields';

export class PolicyClauseVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty() isCurrent: boolean;
}

export class PolicyClauseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AUP-2.1' }) code: string;
  @ApiProperty() version: number;
  @ApiProperty({ example: 'Acceptable Use Policy' }) document: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty() isCurrent: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PolicyClauseDetailDto extends PolicyClauseDto {
  @ApiProperty({ type: [PolicyClauseVersionDto] }) versions: PolicyClauseVersionDto[];
}

export class PolicyClausePageDto {
  @ApiProperty({ type: [PolicyClauseDto] }) items: PolicyClauseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreatePolicyClauseDto {
  @ApiProperty({ example: 'AUP-2.1', description: 'An existing code makes a new version of that clause' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { message: 'code must be letters, digits, dots, dashes (max 40)' })
  code: string;

  @ApiProperty({ example: 'Acceptable Use Policy' })
  @NonEmptyText(200)
  document: string;

  @ApiProperty()
  @NonEmptyText(300)
  title: string;

  @ApiProperty()
  @NonEmptyText(20000)
  text: string;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom: string;

  @OptionalReason()
  reason?: string;
}

export class ListPolicyClausesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'AUP-2.1' })
  @OptionalText(40)
  code?: string;

  @ApiPropertyOptional()
  @OptionalText(200)
  document?: string;

  @ApiPropertyOptional({ description: 'Every version, not only the current ones' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  allVersions?: boolean;
}
