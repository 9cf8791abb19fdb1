import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export function getAllegations(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}/allegations', { params: { path: { id: caseId } }, signal }));
}

export function allegationsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: caseKeys.allegations(caseId),
    queryFn: ({ signal }) => getAllegations(caseId, signal),
    select: (page) => page.items,
  });
}

export function useAllegations(caseId: string) {
  return useQuery(allegationsQueryOptions(caseId));
}
