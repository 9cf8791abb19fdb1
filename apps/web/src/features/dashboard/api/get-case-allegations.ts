import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { dashboardKeys } from './query-keys';

export function getCaseAllegations(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}/allegations', { params: { path: { id: caseId } }, signal }));
}

export function caseAllegationsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: dashboardKeys.caseAllegations(caseId),
    queryFn: ({ signal }) => getCaseAllegations(caseId, signal),
    select: (list) => list.items,
  });
}

/** `enabled: false` where the caller may not read them (the API would answer 404). */
export function useCaseAllegations(caseId: string, enabled = true) {
  return useQuery({ ...caseAllegationsQueryOptions(caseId), enabled });
}
