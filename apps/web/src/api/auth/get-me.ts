import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { authKeys } from './keys';

export function getMe(signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/auth/me', { signal }));
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // Permissions change rarely; a role change takes effect at the next sign-in or reload.
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
