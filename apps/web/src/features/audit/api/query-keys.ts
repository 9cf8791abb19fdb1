import type { ActionHistoryFilters } from './get-action-history';
import type { AuditEventFilters } from './get-audit-events';

export const auditKeys = {
  all: ['audit'] as const,
  events: (filters: AuditEventFilters) => [...auditKeys.all, 'events', filters] as const,
  actions: (filters: ActionHistoryFilters) => [...auditKeys.all, 'actions', filters] as const,
  verification: () => [...auditKeys.all, 'verification'] as const,
  checkpoints: () => [...auditKeys.all, 'checkpoints'] as const,
  people: () => [...auditKeys.all, 'people'] as const,
  caseSearch: (q: string) => [...auditKeys.all, 'case-search', q] as const,
  caseLabel: (caseId: string) => [...auditKeys.all, 'case-label', caseId] as const,
  subject: (subjectId: string) => [...auditKeys.all, 'subject', subjectId] as const,
};
