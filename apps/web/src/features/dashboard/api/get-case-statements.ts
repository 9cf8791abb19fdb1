import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { dashboardKeys } from './query-keys';

const SUMMARY_LIMIT = 200;

export function getCaseStatements(caseId: string, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/statements', {
      params: { path: { id: caseId }, query: { limit: SUMMARY_LIMIT } },
      signal,
    }),
  );
}

export function caseStatementsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: dashboardKeys.caseStatements(caseId),
    queryFn: ({ signal }) => getCaseStatements(caseId, signal),
  });
}

export function useCaseStatements(caseId: string) {
  return useQuery(caseStatementsQueryOptions(caseId));
}
