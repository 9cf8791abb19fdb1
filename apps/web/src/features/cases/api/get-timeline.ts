import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

const TIMELINE_PAGE_SIZE = 100;

export function getTimeline(caseId: string, cursor: string | null, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/timeline', {
      params: {
        path: { id: caseId },
        query: cursor === null ? { limit: TIMELINE_PAGE_SIZE } : { limit: TIMELINE_PAGE_SIZE, cursor },
      },
      signal,
    }),
  );
}

export function timelineQueryOptions(caseId: string) {
  return infiniteQueryOptions({
    queryKey: caseKeys.timeline(caseId),
    queryFn: ({ pageParam, signal }) => getTimeline(caseId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useTimeline(caseId: string) {
  return useInfiniteQuery(timelineQueryOptions(caseId));
}
