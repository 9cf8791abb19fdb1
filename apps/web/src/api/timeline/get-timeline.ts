import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { pagesQueryOptions } from '../lists';
import { timelineKeys } from './keys';

const TIMELINE_PAGE_SIZE = 100;
/** The endpoint's largest page: a summary shows the milestones among the latest entries, not every entry. */
const LATEST_LIMIT = 500;

export function getTimeline(caseId: string, limit: number, cursor: string | null, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/timeline', {
      params: { path: { id: caseId }, query: cursor === null ? { limit } : { limit, cursor } },
      signal,
    }),
  );
}

/** The whole timeline, a page at a time. */
export function timelineQueryOptions(caseId: string) {
  return pagesQueryOptions(timelineKeys.pages(caseId), (cursor, signal) =>
    getTimeline(caseId, TIMELINE_PAGE_SIZE, cursor, signal),
  );
}

export function useTimeline(caseId: string) {
  return useInfiniteQuery(timelineQueryOptions(caseId));
}

export function latestTimelineQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: timelineKeys.latest(caseId),
    queryFn: ({ signal }) => getTimeline(caseId, LATEST_LIMIT, null, signal),
    select: (page) => page.items,
  });
}

/** `enabled: false` where the caller may not read it (the API would answer 404). */
export function useLatestTimeline(caseId: string, enabled = true) {
  return useQuery({ ...latestTimelineQueryOptions(caseId), enabled });
}
