import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { pagesQueryOptions } from '../lists';
import { evidenceKeys } from './keys';

const PAGE_SIZE = 50;

export function getEvidence(caseId: string, cursor: string | null, limit = PAGE_SIZE, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/evidence', {
      params: { path: { id: caseId }, query: cursor === null ? { limit } : { limit, cursor } },
      signal,
    }),
  );
}

export function evidenceQueryOptions(caseId: string) {
  return pagesQueryOptions(evidenceKeys.list(caseId), (cursor, signal) =>
    getEvidence(caseId, cursor, PAGE_SIZE, signal),
  );
}

export function useEvidence(caseId: string) {
  return useInfiniteQuery(evidenceQueryOptions(caseId));
}

/** Up to 200 items of a case, for choosing the evidence a finding relies on. */
export function evidenceOptionsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: evidenceKeys.options(caseId),
    queryFn: ({ signal }) => getEvidence(caseId, null, 200, signal),
    select: (page) => page.items.filter((item) => item.withdrawnAt === null),
  });
}

export function useEvidenceOptions(caseId: string) {
  return useQuery(evidenceOptionsQueryOptions(caseId));
}
