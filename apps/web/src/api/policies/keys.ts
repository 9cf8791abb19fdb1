import type { QueryOf } from '../../lib/api-types';

export type PolicyListFilters = Pick<QueryOf<'/api/v1/policies', 'get'>, 'document' | 'code'>;

export const policyKeys = {
  all: ['policies'] as const,
  list: (filters: PolicyListFilters) => [...policyKeys.all, 'list', filters] as const,
  detail: (id: string) => [...policyKeys.all, 'detail', id] as const,
  currentClauses: () => [...policyKeys.all, 'current-clauses'] as const,
};
