import type { CaseStatus, Severity } from '@ethics/domain';
import { caseScope } from '../case-scope';

export interface CaseListFilters {
  q: string;
  status: CaseStatus | null;
  severity: Severity | null;
  /** Only cases the signed-in person is a member of. */
  mine?: boolean;
  /** Without a status filter: only cases that still need work. */
  openOnly?: boolean;
}

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  search: (q: string) => [...caseKeys.lists(), 'search', q] as const,
  detail: (caseId: string) => [...caseScope(caseId), 'detail'] as const,
  members: (caseId: string) => [...caseScope(caseId), 'members'] as const,
};
