import { caseScope } from '../../../lib/query-scopes';

export const actionKeys = {
  all: ['actions'] as const,
  ofCase: (caseId: string) => [...caseScope(caseId), 'actions'] as const,
  pending: () => [...actionKeys.all, 'pending'] as const,
};
