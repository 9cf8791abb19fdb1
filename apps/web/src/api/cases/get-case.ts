import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { caseKeys } from './keys';

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

/** The chosen case's reference and title, when a filter names it (from the URL). */
export function useCaseLabel(caseId: string | undefined) {
  return useQuery({
    ...caseQueryOptions(caseId ?? ''),
    enabled: caseId !== undefined,
    select: (detail) => ({ id: detail.id, reference: detail.reference, title: detail.title }),
    staleTime: 10 * 60_000,
  });
}
