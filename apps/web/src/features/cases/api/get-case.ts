import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export function getCase(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } }, signal }));
}

export function caseQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => getCase(caseId, signal),
  });
}

export function useCase(caseId: string) {
  return useQuery(caseQueryOptions(caseId));
}
