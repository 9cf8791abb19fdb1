import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { cursorPages } from '../cursor-pages';
import { userKeys, type UserListFilters } from './keys';

export const USER_PAGE_SIZE = 100;

export function getUsers(query: QueryOf<'/api/v1/users', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/users', { params: { query }, signal }));
}

export function usersQueryOptions(filters: UserListFilters) {
  return infiniteQueryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getUsers({ ...filters, limit: USER_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    ...cursorPages,
  });
}

export function useUsers(filters: UserListFilters) {
  return useInfiniteQuery({ ...usersQueryOptions(filters), placeholderData: keepPreviousData });
}
