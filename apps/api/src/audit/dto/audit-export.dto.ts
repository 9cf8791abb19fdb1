import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../export-stream';
import { ListAuditEventsQueryDto } from './audit-event.dto';

/** The list's filters (no paging: an export is every matching event, in chain order) and a format. */
export class ExportAuditEventsQueryDto extends OmitType(ListAuditEventsQueryDto, [
  'limit',
  'cursor',
  'order',
] as const) {
  @ApiProperty({
    enum: EXPORT_FORMATS,
    description: 'ndjson: one event per line with every hashed field, verifiable offline; csv: for reading',
  })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or ndjson' })
  format: ExportFormat;
}
