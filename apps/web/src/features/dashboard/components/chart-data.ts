import type { CaseOutcome, CaseStatus, Severity } from '@ethics/domain';
import type { Schemas } from '../../../lib/api-types';
import { ACTION_TYPE_LABELS, CASE_STATUS_LABELS, SEVERITY_LABELS } from '../../../lib/vocabulary-labels';

export type OutcomesMetrics = Schemas['OutcomesMetricsDto'];

/** One bar of a simple chart. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** One bar of the severity × status chart: a count per open status. */
export type SeverityStatusRow = { severity: Severity; label: string; total: number } & Record<CaseStatus, number>;

/** One month of the outcomes chart: a count per outcome. */
export type OutcomeMonthRow = { month: string; label: string; total: number } & Record<CaseOutcome, number>;

export interface ResolutionMonthRow {
  month: string;
  label: string;
  closedCases: number;
  /** Null for a month without a closed case, so the line shows a gap instead of a false zero. */
  medianDays: number | null;
}

const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const OPEN_STATUSES = [
  'intake',
  'triage',
  'investigating',
  'findings',
  'actioning',
] as const satisfies readonly CaseStatus[];
export const OUTCOMES = [
  'substantiated',
  'partially_substantiated',
  'unsubstantiated',
  'inconclusive',
  'referred',
] as const satisfies readonly CaseOutcome[];

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` → `Mar 2026`. */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (year === undefined || monthNumber === undefined || Number.isNaN(year) || Number.isNaN(monthNumber)) return month;
  return MONTH_FORMAT.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/**
 * The `count` calendar months (UTC) that end with the month of `until`, oldest first, as
 * `YYYY-MM`. The API omits months without data; the charts show them as zero.
 */
export function monthWindow(until: string, count: number): string[] {
  const end = new Date(until);
  if (Number.isNaN(end.getTime()) || count < 1) return [];
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const date = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - back, 1));
    months.push(`${String(date.getUTCFullYear())}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

export function openCasesByStatusRows(metrics: OutcomesMetrics): CountRow[] {
  return OPEN_STATUSES.map((status) => ({
    key: status,
    label: CASE_STATUS_LABELS[status],
    count: metrics.openCasesByStatus.find((row) => row.status === status)?.count ?? 0,
  }));
}

export function severityStatusRows(metrics: OutcomesMetrics): SeverityStatusRow[] {
  return SEVERITY_ORDER.map((severity) => {
    const row = { severity, label: SEVERITY_LABELS[severity], total: 0 } as SeverityStatusRow;
    for (const status of OPEN_STATUSES) {
      const count =
        metrics.openCasesBySeverityAndStatus.find((cell) => cell.severity === severity && cell.status === status)
          ?.count ?? 0;
      row[status] = count;
      row.total += count;
    }
    return row;
  });
}

export function outcomeMonthRows(metrics: OutcomesMetrics): OutcomeMonthRow[] {
  const window = monthWindow(metrics.generatedAt, metrics.months);
  // Months the API reports outside the window (a `to` in the past) are kept, in order.
  const months = [...new Set([...window, ...metrics.outcomesOverTime.map((row) => row.month)])].sort();
  return months.map((month) => {
    const row = { month, label: monthLabel(month), total: 0 } as OutcomeMonthRow;
    for (const outcome of OUTCOMES) {
      const count = metrics.outcomesOverTime
        .filter((cell) => cell.month === month && cell.outcome === outcome)
        .reduce((sum, cell) => sum + cell.count, 0);
      row[outcome] = count;
      row.total += count;
    }
    return row;
  });
}

export function resolutionRows(metrics: OutcomesMetrics): ResolutionMonthRow[] {
  const window = monthWindow(metrics.generatedAt, metrics.months);
  const months = [...new Set([...window, ...metrics.resolutionDaysByMonth.map((row) => row.month)])].sort();
  return months.map((month) => {
    const found = metrics.resolutionDaysByMonth.find((row) => row.month === month);
    return {
      month,
      label: monthLabel(month),
      closedCases: found?.closedCases ?? 0,
      medianDays: found ? found.medianDays : null,
    };
  });
}

export function actionsByTypeRows(metrics: OutcomesMetrics): CountRow[] {
  return metrics.actionsByType.map((row) => ({ key: row.type, label: ACTION_TYPE_LABELS[row.type], count: row.count }));
}

export function actionsByServiceRows(metrics: OutcomesMetrics, serviceLabel: (key: string) => string): CountRow[] {
  return metrics.actionsByService.map((row) => ({
    key: row.service,
    label: serviceLabel(row.service),
    count: row.count,
  }));
}

export function actionsByRegionRows(metrics: OutcomesMetrics): CountRow[] {
  return metrics.actionsByRegion.map((row) => ({
    key: row.region,
    label: row.region === 'unknown' ? 'Unknown region' : row.region,
    count: row.count,
  }));
}

export function sumOf<T>(rows: readonly T[], value: (row: T) => number): number {
  return rows.reduce((sum, row) => sum + value(row), 0);
}

/** `47.5` → `47.5 days`; no closed case yet → an em dash. */
export function formatDays(days: number | null): string {
  if (days === null) return '—';
  const rounded = Math.round(days * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? 'day' : 'days'}`;
}
