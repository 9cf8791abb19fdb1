import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { policyKeys } from './keys';

/** One version of a clause, with the list of all its versions. */
export function getPolicy(id: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/policies/{id}', { params: { path: { id } }, signal }));
}

export function policyQueryOptions(id: string) {
  return queryOptions({
    queryKey: policyKeys.detail(id),
    queryFn: ({ signal }) => getPolicy(id, signal),
  });
}

export function usePolicy(id: string) {
  return useQuery(policyQueryOptions(id));
}
