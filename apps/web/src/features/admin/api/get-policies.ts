import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import type { QueryOf } from '../../../lib/api-types';
import { adminKeys } from './query-keys';

type PolicyListQuery = QueryOf<'/api/v1/policies', 'get'>;
export type PolicyListFilters = Pick<PolicyListQuery, 'document' | 'code'>;

export const POLICY_PAGE_SIZE = 200;

/** The current version of each clause (the API's default), in code order. */
export function getPolicies(query: PolicyListQuery, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/policies', { params: { query }, signal }));
}

export function policiesQueryOptions(filters: PolicyListFilters) {
  return infiniteQueryOptions({
    queryKey: adminKeys.policyList(filters),
    queryFn: ({ pageParam, signal }) =>
      getPolicies({ ...filters, limit: POLICY_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function usePolicies(filters: PolicyListFilters) {
  return useInfiniteQuery({ ...policiesQueryOptions(filters), placeholderData: keepPreviousData });
}
