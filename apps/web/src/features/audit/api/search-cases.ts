import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { auditKeys } from './query-keys';

/** Cases matching a reference or words, for the "case" filter. */
export function searchCases(q: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases', { params: { query: { q: q || undefined, limit: 20 } }, signal }));
}

export function caseSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: auditKeys.caseSearch(q),
    queryFn: ({ signal }) => searchCases(q, signal),
    select: (page) => page.items,
  });
}

export function useCaseSearch(q: string, enabled: boolean) {
  return useQuery({ ...caseSearchQueryOptions(q.trim()), enabled, placeholderData: keepPreviousData });
}

export function getCaseLabel(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } }, signal }));
}

/** The chosen case's reference and title, when the filter comes from the URL. */
export function useCaseLabel(caseId: string | undefined) {
  return useQuery({
    queryKey: auditKeys.caseLabel(caseId ?? ''),
    queryFn: ({ signal }) => getCaseLabel(caseId ?? '', signal),
    enabled: caseId !== undefined,
    select: (detail) => ({ id: detail.id, reference: detail.reference, title: detail.title }),
    staleTime: 10 * 60_000,
  });
}
