import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, PAGE_LIMIT_MIN } from '@ethics/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalText } from './dto-fields';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&cursor=` shared by every list. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: PAGE_LIMIT_MIN, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(PAGE_LIMIT_MIN)
  @Max(PAGE_LIMIT_MAX)
  limit: number = PAGE_LIMIT_DEFAULT;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @OptionalText(512)
  cursor?: string;
}
