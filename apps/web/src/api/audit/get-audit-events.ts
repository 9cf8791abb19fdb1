import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { filteredPagesQueryOptions } from '../lists';
import { auditKeys, type AuditEventFilters } from './keys';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents(query: QueryOf<'/api/v1/audit/events', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/audit/events', { params: { query }, signal }));
}

export function auditEventsQueryOptions(filters: AuditEventFilters) {
  return filteredPagesQueryOptions(
    auditKeys.events(filters),
    { ...filters, order: 'desc' as const },
    AUDIT_PAGE_SIZE,
    getAuditEvents,
  );
}

export function useAuditEvents(filters: AuditEventFilters) {
  return useInfiniteQuery({ ...auditEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
