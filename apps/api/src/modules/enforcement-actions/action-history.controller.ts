import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { ActionHistoryService } from './action-history.service';
import { ActionHistoryQueryDto, EnforcementActionPageDto } from './dto/enforcement-action.dto';

@ApiTags('enforcement-actions')
@ApiBearerAuth()
@Controller('actions')
export class ActionHistoryController {
  constructor(private readonly history: ActionHistoryService) {}

  @CheckPolicies('read', 'EnforcementAction')
  @Get()
  @ApiOkResponse({ type: EnforcementActionPageDto, description: 'Newest proposal first; only cases you may read' })
  list(@CurrentActor() actor: Actor, @Query() query: ActionHistoryQueryDto): Promise<EnforcementActionPageDto> {
    return this.history.page(actor, query);
  }
}
