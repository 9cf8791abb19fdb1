import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { dashboardKeys } from './query-keys';

/** The timeline endpoint's largest page: a summary shows its milestones, not every entry. */
const SUMMARY_LIMIT = 500;

export function getCaseTimeline(caseId: string, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/timeline', {
      params: { path: { id: caseId }, query: { limit: SUMMARY_LIMIT } },
      signal,
    }),
  );
}

export function caseTimelineQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: dashboardKeys.caseTimeline(caseId),
    queryFn: ({ signal }) => getCaseTimeline(caseId, signal),
  });
}

/** `enabled: false` where the caller may not read it (the API would answer 404). */
export function useCaseTimeline(caseId: string, enabled = true) {
  return useQuery({ ...caseTimelineQueryOptions(caseId), enabled });
}
