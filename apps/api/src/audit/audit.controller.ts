import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CheckPolicies } from '../authz/check-policies.decorator';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly events: AuditEventsRepository) {}

  @CheckPolicies('read', 'AuditEvent')
  @Get('events')
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@Query() query: ListAuditEventsQueryDto): Promise<AuditEventPageDto> {
    const { limit, cursor, order, ...filter } = query;
    return this.events.page(filter, order ?? 'desc', limit, cursor);
  }
}
