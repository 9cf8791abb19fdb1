import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto';
import { TimelineService } from './timeline.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @CheckPolicies('read', 'Case')
  @Get(':id/timeline')
  @ApiOkResponse({ type: TimelinePageDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: TimelineQueryDto,
  ): Promise<TimelinePageDto> {
    return this.timeline.page(actor, id, query);
  }
}
