import { ACTION_TYPES, CASE_OUTCOMES, OPEN_CASE_STATUSES, SEVERITIES, type CaseOutcome } from '@ethics/domain';
import type {
  ActionTypeCountDto,
  OutcomeMonthDto,
  OverdueCaseDto,
  RegionCountDto,
  ResolutionMonthDto,
  ServiceCountDto,
  SeverityCountDto,
  SeverityStatusCountDto,
  StatusCountDto,
} from './dto/outcomes.dto';
import type { ActionCountRow, CaseCountRow, OverdueRow, ResolutionRow } from './metrics.repository';

const DAY_MS = 86_400_000;

/** The first instant (UTC) of the month `monthsBack` months before `now`'s month. */
export function monthStart(now: Date, monthsBack: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
}

const roundDays = (days: number | null) => (days === null ? null : Math.round(days * 100) / 100);
const byCountThenName =
  <T extends { count: number }>(key: (row: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));

/** Open cases by status, severity and both, every bucket present (zero included) for a stable chart. */
export function openCaseBreakdowns(rows: CaseCountRow[]) {
  const open = rows.filter((row) => OPEN_CASE_STATUSES.includes(row.status));
  const sum = (pick: (row: CaseCountRow) => boolean) => open.filter(pick).reduce((n, row) => n + row.count, 0);
  const byStatus: StatusCountDto[] = OPEN_CASE_STATUSES.map((status) => ({
    status,
    count: sum((row) => row.status === status),
  }));
  const bySeverity: SeverityCountDto[] = SEVERITIES.map((severity) => ({
    severity,
    count: sum((row) => row.severity === severity),
  }));
  const bySeverityAndStatus: SeverityStatusCountDto[] = SEVERITIES.flatMap((severity) =>
    OPEN_CASE_STATUSES.map((status) => ({
      severity,
      status,
      count: sum((row) => row.severity === severity && row.status === status),
    })),
  );
  const total = (status: string) => rows.filter((row) => row.status === status).reduce((n, row) => n + row.count, 0);
  return {
    byStatus,
    bySeverity,
    bySeverityAndStatus,
    openCases: sum(() => true),
    closedCases: total('closed'),
    dismissedCases: total('dismissed'),
    overdueCount: open.reduce((n, row) => n + row.overdue, 0),
  };
}

/** Reads the three grouping sets of the resolution query apart. */
export function resolutionSeries(rows: ResolutionRow[]) {
  const inWindow = rows.filter((row) => row.all_months === 0 && row.month !== null);
  const outcomesOverTime: OutcomeMonthDto[] = inWindow
    // A case closed without an outcome cannot come through the API; imported data might hold one.
    .filter((row) => row.all_outcomes === 0 && row.outcome !== null)
    .map((row) => ({ month: row.month!, outcome: row.outcome as CaseOutcome, count: row.count }))
    .sort(
      (a, b) => a.month.localeCompare(b.month) || CASE_OUTCOMES.indexOf(a.outcome) - CASE_OUTCOMES.indexOf(b.outcome),
    );
  const resolutionDaysByMonth: ResolutionMonthDto[] = inWindow
    .filter((row) => row.all_outcomes === 1)
    .map((row) => ({ month: row.month!, closedCases: row.count, medianDays: roundDays(row.median_days) ?? 0 }))
    .sort((a, b) => a.month.localeCompare(b.month));
  const overall = rows.find((row) => row.all_months === 1);
  return { outcomesOverTime, resolutionDaysByMonth, medianDaysToResolution: roundDays(overall?.median_days ?? null) };
}

export function actionBreakdowns(rows: ActionCountRow[]) {
  const of = (dimension: ActionCountRow['dimension']) => rows.filter((row) => row.dimension === dimension);
  const byType: ActionTypeCountDto[] = ACTION_TYPES.map((type) => ({
    type,
    count: of('type').find((row) => row.key === type)?.count ?? 0,
  }));
  const byService: ServiceCountDto[] = of('service')
    .map((row) => ({ service: row.key ?? '', count: row.count }))
    .sort(byCountThenName((row) => row.service));
  const byRegion: RegionCountDto[] = of('region')
    .map((row) => ({ region: row.key ?? 'unknown', count: row.count }))
    .sort(byCountThenName((row) => row.region));
  const total = of('total')[0];
  return { byType, byService, byRegion, actions: total?.count ?? 0, executedActions: total?.executed ?? 0 };
}

export function toOverdueCase(row: OverdueRow, now: Date): OverdueCaseDto {
  const dueAt = new Date(row.due_at);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    severity: row.severity,
    status: row.status,
    dueAt: dueAt.toISOString(),
    daysOverdue: Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS),
  };
}
