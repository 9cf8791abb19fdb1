import { describe, expect, it } from 'vitest';
import {
  actionsByRegionRows,
  actionsByServiceRows,
  formatDays,
  monthLabel,
  monthWindow,
  openCasesByStatusRows,
  outcomeMonthRows,
  resolutionRows,
  severityStatusRows,
  type OutcomesMetrics,
} from './chart-data';
import { kpisOf } from './kpi-cards';

function metrics(overrides: Partial<OutcomesMetrics> = {}): OutcomesMetrics {
  return {
    generatedAt: '2026-03-15T10:00:00.000Z',
    from: null,
    to: null,
    months: 3,
    openCasesByStatus: [
      { status: 'intake', count: 2 },
      { status: 'investigating', count: 1 },
    ],
    openCasesBySeverity: [],
    openCasesBySeverityAndStatus: [
      { severity: 'critical', status: 'intake', count: 1 },
      { severity: 'critical', status: 'investigating', count: 1 },
      { severity: 'low', status: 'intake', count: 1 },
    ],
    outcomesOverTime: [
      { month: '2026-01', outcome: 'substantiated', count: 2 },
      { month: '2026-03', outcome: 'referred', count: 1 },
      { month: '2026-03', outcome: 'substantiated', count: 1 },
    ],
    resolutionDaysByMonth: [{ month: '2026-01', closedCases: 2, medianDays: 40.5 }],
    actionsByType: [],
    actionsByService: [
      { service: 'cloud-storage', count: 3 },
      { service: 'email', count: 1 },
    ],
    actionsByRegion: [
      { region: 'Europe', count: 2 },
      { region: 'unknown', count: 1 },
    ],
    medianDaysToResolution: 40.5,
    overdueCases: { count: 0, items: [] },
    totals: { openCases: 3, closedCases: 4, dismissedCases: 1, actions: 4, executedActions: 2 },
    ...overrides,
  };
}

describe('monthWindow', () => {
  it('lists the months that end with the given one, oldest first, across a year', () => {
    expect(monthWindow('2026-02-10T00:00:00Z', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('is empty for a bad date or count', () => {
    expect(monthWindow('nonsense', 3)).toEqual([]);
    expect(monthWindow('2026-02-10T00:00:00Z', 0)).toEqual([]);
  });
});

describe('chart shaping', () => {
  it('fills every month of the period, months without closed cases as zero', () => {
    const rows = outcomeMonthRows(metrics());
    expect(rows.map((r) => [r.month, r.total])).toEqual([
      ['2026-01', 2],
      ['2026-02', 0],
      ['2026-03', 2],
    ]);
    expect(rows[2]).toMatchObject({ label: 'Mar 2026', substantiated: 1, referred: 1, inconclusive: 0 });
  });

  it('leaves the median of a month without closed cases empty instead of zero', () => {
    expect(resolutionRows(metrics()).map((r) => [r.month, r.closedCases, r.medianDays])).toEqual([
      ['2026-01', 2, 40.5],
      ['2026-02', 0, null],
      ['2026-03', 0, null],
    ]);
  });

  it('gives every severity a bar with a count per open status, lowest severity first', () => {
    const rows = severityStatusRows(metrics());
    expect(rows.map((r) => r.severity)).toEqual(['low', 'medium', 'high', 'critical']);
    expect(rows[3]).toMatchObject({ label: 'Critical', intake: 1, investigating: 1, triage: 0, total: 2 });
    expect(rows[1]?.total).toBe(0);
  });

  it('lists every open status in lifecycle order, missing ones as zero', () => {
    expect(openCasesByStatusRows(metrics()).map((r) => [r.label, r.count])).toEqual([
      ['Intake', 2],
      ['Triage', 0],
      ['Investigating', 1],
      ['Findings', 0],
      ['Actioning', 0],
    ]);
  });

  it('names services from the catalogue and regions in words', () => {
    const label = (key: string) => (key === 'cloud-storage' ? 'Cloud storage' : key);
    expect(actionsByServiceRows(metrics(), label).map((r) => r.label)).toEqual(['Cloud storage', 'email']);
    expect(actionsByRegionRows(metrics()).map((r) => r.label)).toEqual(['Europe', 'Unknown region']);
  });

  it('formats months and days for people', () => {
    expect(monthLabel('2026-11')).toBe('Nov 2026');
    expect(formatDays(null)).toBe('—');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(47.25)).toBe('47.3 days');
  });

  it('marks the overdue figure only when cases are overdue', () => {
    const calm = kpisOf(metrics());
    expect(calm.find((k) => k.label === 'Overdue')).toMatchObject({ value: '0' });
    expect(calm.find((k) => k.label === 'Overdue')?.tone).toBeUndefined();
    const late = kpisOf(metrics({ overdueCases: { count: 4, items: [] } }));
    expect(late.find((k) => k.label === 'Overdue')).toMatchObject({ value: '4', tone: 'alert' });
    expect(late.find((k) => k.label === 'Median time to resolution')?.value).toBe('40.5 days');
  });
});
