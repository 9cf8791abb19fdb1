import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { actionKeys } from './query-keys';

/** Proposed actions on every case the person may see, newest first: what awaits a decision. */
export function getPendingActions(signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/actions', { params: { query: { status: ['proposed'], limit: 200 } }, signal }));
}

export function pendingActionsQueryOptions() {
  return queryOptions({
    queryKey: actionKeys.pending(),
    queryFn: ({ signal }) => getPendingActions(signal),
    select: (page) => page.items,
  });
}

export function usePendingActions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pendingActionsQueryOptions(), enabled });
}
