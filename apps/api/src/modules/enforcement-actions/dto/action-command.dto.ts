import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Body of approve, reject and reverse. */
export class ActionCommandDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ description: 'When given, a stale version gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ExecuteActionDto extends ActionCommandDto {
  @ApiProperty({ description: 'The change ticket or operation id in the systems that carried it out' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  executionReference: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was carried out; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  executedAt?: string;
}
