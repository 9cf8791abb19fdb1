import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { metricKeys } from './keys';

export const OUTCOME_PERIODS = [6, 12, 24] as const;

export function getOutcomeMetrics(months: number, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/metrics/outcomes', { params: { query: { months } }, signal }));
}

export function outcomeMetricsQueryOptions(months: number) {
  return queryOptions({
    queryKey: metricKeys.outcomes(months),
    queryFn: ({ signal }) => getOutcomeMetrics(months, signal),
    // An executive leaves the dashboard open: keep it current without a reload.
    refetchInterval: 60_000,
  });
}

export function useOutcomeMetrics(months: number) {
  return useQuery(outcomeMetricsQueryOptions(months));
}
