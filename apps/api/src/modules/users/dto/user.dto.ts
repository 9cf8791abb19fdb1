import { ROLES, type Role } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/optional';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NonEmptyText, OptionalReason, ReadVersion, RequiredReason } from '../../../common/dto-fields';

export const MIN_PASSWORD_LENGTH = 12;

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'Until when sign-in to this account is refused from at least one address after failed attempts; ' +
      'null when it is not. Addresses without failures for the account can still sign in.',
  })
  signInLockedUntil: string | null;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreateUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @NonEmptyText(200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password: string;

  @OptionalReason()
  reason?: string;
}

export class UpdateUserDto {
  @ReadVersion()
  version: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @NonEmptyText(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates: the user cannot sign in and their sessions end' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @OptionalReason()
  reason?: string;
}

export class LiftSignInLockDto {
  @RequiredReason('Why the lock is lifted; kept in the audit trail')
  reason: string;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
