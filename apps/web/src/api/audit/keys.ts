import type { QueryOf } from '../../lib/api-types';

/** The filters an auditor sets; paging is the query's business. */
export type AuditEventFilters = Pick<
  QueryOf<'/api/v1/audit/events', 'get'>,
  'caseId' | 'actorId' | 'action' | 'entityType' | 'from' | 'to'
>;

export const auditKeys = {
  all: ['audit'] as const,
  events: (filters: AuditEventFilters) => [...auditKeys.all, 'events', filters] as const,
  verification: () => [...auditKeys.all, 'verification'] as const,
  checkpoints: () => [...auditKeys.all, 'checkpoints'] as const,
};
