import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import type { QueryOf } from '../../../lib/api-types';
import { auditKeys } from './query-keys';

type ActionHistoryQuery = QueryOf<'/api/v1/actions', 'get'>;

export type ActionHistoryFilters = Pick<ActionHistoryQuery, 'type' | 'status' | 'subjectId' | 'from' | 'to'>;

export const ACTION_PAGE_SIZE = 50;

export function getActionHistory(query: ActionHistoryQuery, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/actions', { params: { query }, signal }));
}

export function actionHistoryQueryOptions(filters: ActionHistoryFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.actions(filters),
    queryFn: ({ pageParam, signal }) =>
      getActionHistory({ ...filters, limit: ACTION_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useActionHistory(filters: ActionHistoryFilters) {
  return useInfiniteQuery({ ...actionHistoryQueryOptions(filters), placeholderData: keepPreviousData });
}
