import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { ActionHistoryExportService } from './action-history-export.service';
import { ActionHistoryService } from './action-history.service';
import { ActionHistoryQueryDto, EnforcementActionPageDto, ExportActionsQueryDto } from './dto/enforcement-action.dto';

@ApiTags('enforcement-actions')
@ApiBearerAuth()
@Controller('actions')
export class ActionHistoryController {
  constructor(
    private readonly history: ActionHistoryService,
    private readonly exports: ActionHistoryExportService,
  ) {}

  @CheckPolicies('read', 'EnforcementAction')
  @Get()
  @ApiOkResponse({ type: EnforcementActionPageDto, description: 'Newest proposal first; only cases you may read' })
  list(@CurrentActor() actor: Actor, @Query() query: ActionHistoryQueryDto): Promise<EnforcementActionPageDto> {
    return this.history.page(actor, query);
  }

  @CheckPolicies('export', 'EnforcementAction')
  @Get('export')
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({
    description:
      'Every matching action (newest proposal first) with who proposed, decided, executed and reversed it, when and why, ' +
      'streamed as an attachment; the export is itself audited (`actions.exported`)',
    schema: { type: 'string' },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ExportActionsQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await this.exports.export(actor, query, response);
  }
}
