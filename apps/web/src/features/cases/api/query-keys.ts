import { caseScope } from '../../../lib/query-scopes';
import type { CaseListFilters } from './get-cases';

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  detail: (caseId: string) => [...caseScope(caseId), 'detail'] as const,
  allegations: (caseId: string) => [...caseScope(caseId), 'allegations'] as const,
  timeline: (caseId: string) => [...caseScope(caseId), 'timeline'] as const,
  subjects: () => ['subjects'] as const,
  subject: (subjectId: string) => [...caseKeys.subjects(), subjectId] as const,
};
