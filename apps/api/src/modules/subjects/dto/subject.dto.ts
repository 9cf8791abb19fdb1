import { SUBJECT_TYPES, type SubjectKind } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import {
  NonEmptyText,
  OptionalCountryCode,
  OptionalReason,
  OptionalText,
  OptionalUuid,
  trimmed,
} from '../../../common/dto-fields';

export class SubjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SUBJECT_TYPES }) type: SubjectKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SubjectCaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty() severity: string;
  @ApiProperty({ description: 'How the subject is involved', enum: ['allegation', 'action'], isArray: true })
  via: string[];
}

export class SubjectActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() caseReference: string;
  @ApiProperty() type: string;
  @ApiProperty({ type: [String] }) services: string[];
  @ApiProperty() status: string;
  @ApiProperty() scope: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) executedAt: string | null;
}

export class SubjectDetailDto extends SubjectDto {
  @ApiProperty({ type: [SubjectDto], description: 'From the root organisation down to the parent' })
  ancestors: SubjectDto[];
  @ApiProperty({ type: [SubjectDto] }) children: SubjectDto[];
  @ApiProperty({ type: [SubjectCaseDto], description: 'Cases concerning it that you may see' })
  cases: SubjectCaseDto[];
  @ApiProperty({ type: [SubjectActionDto], description: 'Enforcement actions against it, on cases you may see' })
  actions: SubjectActionDto[];
}

export class SubjectPageDto {
  @ApiProperty({ type: [SubjectDto] }) items: SubjectDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreateSubjectDto {
  @ApiProperty()
  @Transform(trimmed)
  @NonEmptyText(300)
  name: string;

  @ApiProperty({ enum: SUBJECT_TYPES })
  @IsIn(SUBJECT_TYPES)
  type: SubjectKind;

  @OptionalUuid()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Tenant, subscription or account number in our systems' })
  @OptionalText(200)
  externalRef?: string;

  @ApiPropertyOptional({ example: 'IL' })
  @OptionalCountryCode()
  country?: string;

  @ApiPropertyOptional()
  @OptionalText(5000)
  notes?: string;

  @OptionalReason()
  reason?: string;
}

export class ListSubjectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SUBJECT_TYPES })
  @IsOptional()
  @IsIn(SUBJECT_TYPES)
  type?: SubjectKind;

  @ApiPropertyOptional({ description: 'Part of the name' })
  @OptionalText(200)
  q?: string;

  @OptionalUuid()
  parentId?: string;
}
