import type { QueryOf } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type ActionHistoryFilters = Pick<
  QueryOf<'/api/v1/actions', 'get'>,
  'type' | 'status' | 'caseId' | 'subjectId' | 'from' | 'to'
>;

export const actionKeys = {
  all: ['actions'] as const,
  ofCase: (caseId: string) => [...caseScope(caseId), 'actions'] as const,
  pending: () => [...actionKeys.all, 'pending'] as const,
  history: (filters: ActionHistoryFilters) => [...actionKeys.all, 'history', filters] as const,
};
