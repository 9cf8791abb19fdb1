import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client';
import { referenceKeys } from './reference-keys';

/** The current version of every policy clause, for citing in allegations, findings and actions. */
export function getPolicyClauses(signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/policies', { params: { query: { limit: 200 } }, signal }));
}

export function policyClausesQueryOptions() {
  return queryOptions({
    queryKey: referenceKeys.policyClauses(),
    queryFn: ({ signal }) => getPolicyClauses(signal),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

export function usePolicyClauses() {
  return useQuery(policyClausesQueryOptions());
}
