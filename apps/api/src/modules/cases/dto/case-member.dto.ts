import { ROLES, type Role } from '@ethics/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, MinLength } from 'class-validator';
import { OptionalReason } from '../../../common/dto-fields';

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

  @OptionalReason()
  reason?: string;
}

export class RemoveCaseMemberDto {
  @OptionalReason('Required (here or as ?reason=)')
  @MinLength(1)
  reason?: string;
}
