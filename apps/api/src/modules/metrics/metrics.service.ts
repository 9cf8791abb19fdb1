import { Injectable } from '@nestjs/common';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { caseVisibility } from '../cases/case-visibility';
import type { OutcomesMetricsDto, OutcomesQueryDto } from './dto/outcomes.dto';
import { MetricsRepository, type MetricsScope } from './metrics.repository';
import { actionBreakdowns, monthStart, openCaseBreakdowns, resolutionSeries, toOverdueCase } from './outcome-metrics';

@Injectable()
export class MetricsService {
  constructor(private readonly metrics: MetricsRepository) {}

  async outcomes(actor: Actor, query: OutcomesQueryDto): Promise<OutcomesMetricsDto> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw new ValidationProblem([{ field: 'to', message: 'to must be later than from' }]);
    }
    // One clock for every query, so "overdue" and the month window agree with generatedAt.
    const now = new Date();
    const scope: MetricsScope = {
      visibility: caseVisibility(actor.ability, actor.user.id),
      userId: actor.user.id,
      from: query.from,
      to: query.to,
    };
    // No transaction is open, so on a server these run on separate connections at once; on the
    // embedded database (a pool of one) the pool queues them. Each reads its own snapshot.
    const [caseRows, resolutionRows, overdueRows, actionRows] = await Promise.all([
      this.metrics.caseCounts(scope, now),
      this.metrics.resolution(scope, monthStart(now, query.months - 1)),
      this.metrics.overdueCases(scope, now),
      this.metrics.actionCounts(scope),
    ]);
    const cases = openCaseBreakdowns(caseRows);
    const resolution = resolutionSeries(resolutionRows);
    const actions = actionBreakdowns(actionRows);
    return {
      generatedAt: now.toISOString(),
      from: query.from ?? null,
      to: query.to ?? null,
      months: query.months,
      openCasesByStatus: cases.byStatus,
      openCasesBySeverity: cases.bySeverity,
      openCasesBySeverityAndStatus: cases.bySeverityAndStatus,
      outcomesOverTime: resolution.outcomesOverTime,
      resolutionDaysByMonth: resolution.resolutionDaysByMonth,
      actionsByType: actions.byType,
      actionsByService: actions.byService,
      actionsByRegion: actions.byRegion,
      medianDaysToResolution: resolution.medianDaysToResolution,
      overdueCases: { count: cases.overdueCount, items: overdueRows.map((row) => toOverdueCase(row, now)) },
      totals: {
        openCases: cases.openCases,
        closedCases: cases.closedCases,
        dismissedCases: cases.dismissedCases,
        actions: actions.actions,
        executedActions: actions.executedActions,
      },
    };
  }
}
