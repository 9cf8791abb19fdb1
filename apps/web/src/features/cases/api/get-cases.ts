import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { OPEN_CASE_STATUSES, type CaseStatus, type Severity } from '@ethics/domain';
import { api, dataOf } from '../../../lib/api-client';
import type { QueryOf } from '../../../lib/api-types';
import { caseKeys } from './query-keys';

export const CASE_PAGE_SIZE = 50;

export interface CaseListFilters {
  q: string;
  status: CaseStatus | null;
  severity: Severity | null;
  /** Only cases the signed-in person is a member of. */
  mine?: boolean;
  /** Without a status filter: only cases that still need work. */
  openOnly?: boolean;
}

export type CaseListQuery = QueryOf<'/api/v1/cases', 'get'>;

export function getCases(query: CaseListQuery, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases', { params: { query }, signal }));
}

function toQuery(filters: CaseListFilters, cursor: string | null): CaseListQuery {
  const q = filters.q.trim();
  const status = filters.status !== null ? [filters.status] : filters.openOnly ? [...OPEN_CASE_STATUSES] : undefined;
  return {
    limit: CASE_PAGE_SIZE,
    ...(q !== '' ? { q } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(filters.severity !== null ? { severity: [filters.severity] } : {}),
    ...(filters.mine ? { member: 'me' as const } : {}),
    ...(cursor !== null ? { cursor } : {}),
  };
}

export function casesQueryOptions(filters: CaseListFilters) {
  const normalized: CaseListFilters = { ...filters, q: filters.q.trim() };
  return infiniteQueryOptions({
    queryKey: caseKeys.list(normalized),
    queryFn: ({ pageParam, signal }) => getCases(toQuery(normalized, pageParam), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCases(filters: CaseListFilters) {
  // Keep showing the previous results while a new search or filter loads, instead of a spinner.
  return useInfiniteQuery({ ...casesQueryOptions(filters), placeholderData: keepPreviousData });
}
