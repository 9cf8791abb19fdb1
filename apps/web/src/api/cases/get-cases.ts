import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { OPEN_CASE_STATUSES } from '@ethics/domain';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { listQueryOptions, pagesQueryOptions } from '../lists';
import { caseKeys, type CaseListFilters } from './keys';

export const CASE_PAGE_SIZE = 50;

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
  return pagesQueryOptions(caseKeys.list(normalized), (cursor, signal) =>
    getCases(toQuery(normalized, cursor), signal),
  );
}

export function useCases(filters: CaseListFilters) {
  // Keep showing the previous results while a new search or filter loads, instead of a spinner.
  return useInfiniteQuery({ ...casesQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Cases matching a reference or words, for a case filter: one short page, no paging. */
export function useCaseSearch(q: string, enabled: boolean) {
  const trimmed = q.trim();
  return useQuery({
    ...listQueryOptions(caseKeys.search(trimmed), (signal) => getCases({ q: trimmed || undefined, limit: 20 }, signal)),
    enabled,
    placeholderData: keepPreviousData,
  });
}
