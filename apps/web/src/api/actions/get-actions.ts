import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { filteredPagesQueryOptions, listQueryOptions } from '../lists';
import { actionKeys, type ActionHistoryFilters } from './keys';

export const ACTION_PAGE_SIZE = 50;

/** Actions across every case the person may see, newest first. */
export function getActions(query: QueryOf<'/api/v1/actions', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/actions', { params: { query }, signal }));
}

export function actionHistoryQueryOptions(filters: ActionHistoryFilters) {
  return filteredPagesQueryOptions(actionKeys.history(filters), filters, ACTION_PAGE_SIZE, getActions);
}

export function useActionHistory(filters: ActionHistoryFilters) {
  return useInfiniteQuery({ ...actionHistoryQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Proposed actions: what awaits a decision. */
export function pendingActionsQueryOptions() {
  return listQueryOptions(actionKeys.pending(), (signal) => getActions({ status: ['proposed'], limit: 200 }, signal));
}

export function usePendingActions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pendingActionsQueryOptions(), enabled });
}
