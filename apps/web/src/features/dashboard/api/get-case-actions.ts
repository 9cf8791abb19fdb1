import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { dashboardKeys } from './query-keys';

/** A summary lists a case's actions on one page; the API's largest page is plenty for one case. */
const SUMMARY_LIMIT = 200;

export function getCaseActions(caseId: string, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/actions', {
      params: { path: { id: caseId }, query: { limit: SUMMARY_LIMIT } },
      signal,
    }),
  );
}

export function caseActionsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: dashboardKeys.caseActions(caseId),
    queryFn: ({ signal }) => getCaseActions(caseId, signal),
  });
}

export function useCaseActions(caseId: string) {
  return useQuery(caseActionsQueryOptions(caseId));
}
