import { ROLES, type Role } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CaseMemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() isLead: boolean;
  @ApiProperty({ format: 'date-time' }) addedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) addedBy: string | null;
}

export class CaseMemberListDto {
  @ApiProperty({ type: [CaseMemberDto] }) items: CaseMemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: null;
}

export class AddCaseMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RemoveCaseMemberDto {
  @ApiPropertyOptional({ description: 'Required (here or as ?reason=)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason?: string;
}
