import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  NonEmptyText,
  OptionalInstant,
  OptionalReadVersion,
  RequiredReason,
  trimmed,
} from '../../../common/dto-fields';

/** Body of approve, reject and reverse. */
export class ActionCommandDto {
  @RequiredReason()
  reason: string;

  @OptionalReadVersion('When given, a stale version gets 409')
  version?: number;
}

export class ExecuteActionDto extends ActionCommandDto {
  @ApiProperty({ description: 'The change ticket or operation id in the systems that carried it out' })
  @Transform(trimmed)
  @NonEmptyText(300)
  executionReference: string;

  @OptionalInstant({ description: 'When it was carried out; defaults to now' })
  executedAt?: string;
}
