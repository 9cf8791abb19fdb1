import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { CaseStatus, Severity } from '@ethics/domain';
import { api } from '../../../lib/api-client';
import type { CaseListQuery, CasePage } from '../../../lib/api-types';
import { caseKeys } from './query-keys';

export const CASE_PAGE_SIZE = 50;

export interface CaseListFilters {
  q: string;
  status: CaseStatus | null;
  severity: Severity | null;
}

export function getCases(query: CaseListQuery, signal?: AbortSignal): Promise<CasePage> {
  return api.get<CasePage>('/cases', { query: { ...query }, signal });
}

export function casesQueryOptions(filters: CaseListFilters) {
  const normalized: CaseListFilters = { ...filters, q: filters.q.trim() };
  return infiniteQueryOptions({
    queryKey: caseKeys.list(normalized),
    queryFn: ({ pageParam, signal }) =>
      getCases(
        {
          q: normalized.q || undefined,
          status: normalized.status ?? undefined,
          severity: normalized.severity ?? undefined,
          limit: CASE_PAGE_SIZE,
          cursor: pageParam ?? undefined,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCases(filters: CaseListFilters) {
  // Keep showing the previous results while a new search or filter loads, instead of a spinner.
  return useInfiniteQuery({ ...casesQueryOptions(filters), placeholderData: keepPreviousData });
}
