import { caseScope } from '../../../lib/query-scopes';

export const reviewKeys = {
  tasks: (caseId: string) => [...caseScope(caseId), 'tasks'] as const,
  findings: (caseId: string) => [...caseScope(caseId), 'findings'] as const,
};
