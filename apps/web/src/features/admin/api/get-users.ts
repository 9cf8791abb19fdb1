import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import type { QueryOf } from '../../../lib/api-types';
import { adminKeys } from './query-keys';

type UserListQuery = QueryOf<'/api/v1/users', 'get'>;
export type UserListFilters = Pick<UserListQuery, 'role' | 'active'>;

export const USER_PAGE_SIZE = 100;

export function getUsers(query: UserListQuery, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/users', { params: { query }, signal }));
}

export function usersQueryOptions(filters: UserListFilters) {
  return infiniteQueryOptions({
    queryKey: adminKeys.userList(filters),
    queryFn: ({ pageParam, signal }) =>
      getUsers({ ...filters, limit: USER_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useUsers(filters: UserListFilters) {
  return useInfiniteQuery({ ...usersQueryOptions(filters), placeholderData: keepPreviousData });
}
