import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { filteredPagesQueryOptions, listQueryOptions } from '../lists';
import { policyKeys, type PolicyListFilters } from './keys';

export const POLICY_PAGE_SIZE = 200;

/** The current version of each clause (the API's default), in code order. */
export function getPolicies(query: QueryOf<'/api/v1/policies', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/policies', { params: { query }, signal }));
}

export function policiesQueryOptions(filters: PolicyListFilters) {
  return filteredPagesQueryOptions(policyKeys.list(filters), filters, POLICY_PAGE_SIZE, getPolicies);
}

export function usePolicies(filters: PolicyListFilters) {
  return useInfiniteQuery({ ...policiesQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Every clause's current version, for citing in allegations, findings and actions. */
export function policyClausesQueryOptions() {
  return {
    ...listQueryOptions(policyKeys.currentClauses(), (signal) => getPolicies({ limit: POLICY_PAGE_SIZE }, signal)),
    staleTime: 10 * 60_000,
  };
}

export function usePolicyClauses() {
  return useQuery(policyClausesQueryOptions());
}
