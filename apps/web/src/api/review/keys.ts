import { caseScope } from '../case-scope';

export const reviewKeys = {
  tasks: (caseId: string) => [...caseScope(caseId), 'tasks'] as const,
  findings: (caseId: string) => [...caseScope(caseId), 'findings'] as const,
};
