import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { OutcomesMetricsDto, OutcomesQueryDto } from './dto/outcomes.dto';
import { MetricsService } from './metrics.service';

@ApiTags('metrics')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @CheckPolicies('read', 'Metrics')
  @Get('outcomes')
  @ApiOkResponse({ type: OutcomesMetricsDto })
  outcomes(@CurrentActor() actor: Actor, @Query() query: OutcomesQueryDto): Promise<OutcomesMetricsDto> {
    return this.metrics.outcomes(actor, query);
  }
}
