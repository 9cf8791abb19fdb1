import { actionBreakdowns, monthStart, resolutionSeries } from './outcome-metrics';

describe('outcome metrics shaping', () => {
  it('counts months back across a year boundary in UTC', () => {
    const now = new Date('2026-01-10T03:00:00Z');
    expect(monthStart(now, 0).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(monthStart(now, 2).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(monthStart(now, 13).toISOString()).toBe('2024-12-01T00:00:00.000Z');
  });

  it('reads the grouping sets apart and drops months outside the window', () => {
    const series = resolutionSeries([
      { all_months: 1, all_outcomes: 1, month: null, outcome: null, count: 3, median_days: 4.123 },
      { all_months: 0, all_outcomes: 1, month: null, outcome: null, count: 1, median_days: 9 },
      { all_months: 0, all_outcomes: 0, month: null, outcome: 'referred', count: 1, median_days: 9 },
      { all_months: 0, all_outcomes: 1, month: '2026-01', outcome: null, count: 2, median_days: 2 },
      { all_months: 0, all_outcomes: 0, month: '2026-01', outcome: 'substantiated', count: 2, median_days: 2 },
    ]);
    expect(series).toEqual({
      medianDaysToResolution: 4.12,
      outcomesOverTime: [{ month: '2026-01', outcome: 'substantiated', count: 2 }],
      resolutionDaysByMonth: [{ month: '2026-01', closedCases: 2, medianDays: 2 }],
    });
  });

  it('fills every action type and answers zeros when there are no actions', () => {
    const empty = actionBreakdowns([{ dimension: 'total', key: null, count: 0, executed: 0 }]);
    expect(empty.byType).toHaveLength(8);
    expect(empty).toMatchObject({ actions: 0, executedActions: 0, byService: [], byRegion: [] });
  });
});
