import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { allegationKeys } from './keys';

export function getAllegations(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}/allegations', { params: { path: { id: caseId } }, signal }));
}

export function allegationsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: allegationKeys.ofCase(caseId),
    queryFn: ({ signal }) => getAllegations(caseId, signal),
    select: (page) => page.items,
  });
}

/** `enabled: false` where the caller may not read them (the API would answer 404). */
export function useAllegations(caseId: string, enabled = true) {
  return useQuery({ ...allegationsQueryOptions(caseId), enabled });
}
