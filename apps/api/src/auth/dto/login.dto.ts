import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NonEmptyText } from '../../common/dto-fields';

export class LoginDto {
  @ApiProperty({ example: 'reviewer@demo.test' })
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'demo-password' })
  @NonEmptyText(1024)
  password: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['reviewer', 'lead', 'executive', 'auditor', 'admin'] }) role: string;
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

export class MeResponseDto extends SessionUserDto {
  @ApiProperty({
    description: 'CASL rules in packed form (@casl/ability/extra packRules)',
    type: 'array',
    items: { type: 'array', items: {} },
  })
  rules: unknown[];
}
