import { caseScope } from '../case-scope';

export const allegationKeys = {
  ofCase: (caseId: string) => [...caseScope(caseId), 'allegations'] as const,
};
