import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import type { QueryOf } from '../../../lib/api-types';
import { auditKeys } from './query-keys';

type AuditEventQuery = QueryOf<'/api/v1/audit/events', 'get'>;

/** The filters an auditor sets; paging is the query's business. */
export type AuditEventFilters = Pick<AuditEventQuery, 'caseId' | 'actorId' | 'action' | 'entityType' | 'from' | 'to'>;

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents(query: AuditEventQuery, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/audit/events', { params: { query }, signal }));
}

export function auditEventsQueryOptions(filters: AuditEventFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.events(filters),
    queryFn: ({ pageParam, signal }) =>
      getAuditEvents({ ...filters, limit: AUDIT_PAGE_SIZE, order: 'desc', cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useAuditEvents(filters: AuditEventFilters) {
  return useInfiniteQuery({ ...auditEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
