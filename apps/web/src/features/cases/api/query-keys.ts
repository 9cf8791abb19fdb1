import type { CaseListFilters } from './get-cases';

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
};
