import { Inject, Injectable } from '@nestjs/common';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { caseVisibility } from '../cases/case-visibility';
import type { OutcomesMetricsDto, OutcomesQueryDto } from './dto/outcomes.dto';
import { MetricsRepository, type MetricsScope, type Queryable } from './metrics.repository';
import { OutcomeSnapshotsRepository } from './outcome-snapshots.repository';
import { actionBreakdowns, monthStart, openCaseBreakdowns, resolutionSeries, toOverdueCase } from './outcome-metrics';

@Injectable()
export class MetricsService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly snapshots: OutcomeSnapshotsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async outcomes(actor: Actor, query: OutcomesQueryDto): Promise<OutcomesMetricsDto> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw new ValidationProblem([{ field: 'to', message: 'to must be later than from' }]);
    }
    const scope: MetricsScope = {
      visibility: caseVisibility(actor.ability, actor.user.id),
      userId: actor.user.id,
      from: query.from,
      to: query.to,
    };
    const maxAge = this.config.outcomesMaxAgeSeconds;
    if (maxAge === 0) return this.compute(scope, query.months);

    // Figures at most `maxAge` old, computed by one request per scope at a time; while one
    // recomputes, the others answer with the previous figures (generatedAt says how old).
    const key = snapshotScope(scope, query.months);
    const snapshot = await this.snapshots.find(key);
    if (snapshot && snapshot.ageSeconds <= maxAge) return snapshot.body;
    const refreshed = await this.snapshots.refresh(key, (db) => this.compute(scope, query.months, db));
    return refreshed ?? snapshot?.body ?? this.compute(scope, query.months);
  }

  private async compute(scope: MetricsScope, months: number, db?: Queryable): Promise<OutcomesMetricsDto> {
    // One clock for every query, so "overdue" and the month window agree with generatedAt.
    const now = new Date();
    // Outside a transaction, on a server, these run on separate connections at once; on the
    // embedded database (a pool of one) or in a transaction, one after the other.
    const [caseRows, resolutionRows, overdueRows, actionRows] = await Promise.all([
      this.metrics.caseCounts(scope, now, db),
      this.metrics.resolution(scope, monthStart(now, months - 1), db),
      this.metrics.overdueCases(scope, now, db),
      this.metrics.actionCounts(scope, db),
    ]);
    const cases = openCaseBreakdowns(caseRows);
    const resolution = resolutionSeries(resolutionRows);
    const actions = actionBreakdowns(actionRows);
    return {
      generatedAt: now.toISOString(),
      from: scope.from ?? null,
      to: scope.to ?? null,
      months,
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

/**
 * Who sees the same figures: one key for every caller of a visibility that does not depend on
 * their memberships, one per caller otherwise; and the window they asked for.
 */
function snapshotScope(scope: MetricsScope, months: number): string {
  const byMembership = scope.visibility === 'unrestricted-or-member' || scope.visibility === 'member';
  const instant = (value?: string) => (value ? new Date(value).toISOString() : '');
  return [
    scope.visibility,
    byMembership ? scope.userId : '',
    instant(scope.from),
    instant(scope.to),
    String(months),
  ].join('|');
}
