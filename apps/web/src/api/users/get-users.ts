import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { filteredPagesQueryOptions } from '../lists';
import { userKeys, type UserListFilters } from './keys';

export const USER_PAGE_SIZE = 100;

export function getUsers(query: QueryOf<'/api/v1/users', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/users', { params: { query }, signal }));
}

export function usersQueryOptions(filters: UserListFilters) {
  return filteredPagesQueryOptions(userKeys.list(filters), filters, USER_PAGE_SIZE, getUsers);
}

export function useUsers(filters: UserListFilters) {
  return useInfiniteQuery({ ...usersQueryOptions(filters), placeholderData: keepPreviousData });
}
