import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { cursorPages } from '../cursor-pages';
import { auditKeys, type AuditEventFilters } from './keys';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents(query: QueryOf<'/api/v1/audit/events', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/audit/events', { params: { query }, signal }));
}

export function auditEventsQueryOptions(filters: AuditEventFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.events(filters),
    queryFn: ({ pageParam, signal }) =>
      getAuditEvents({ ...filters, limit: AUDIT_PAGE_SIZE, order: 'desc', cursor: pageParam ?? undefined }, signal),
    ...cursorPages,
  });
}

export function useAuditEvents(filters: AuditEventFilters) {
  return useInfiniteQuery({ ...auditEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
