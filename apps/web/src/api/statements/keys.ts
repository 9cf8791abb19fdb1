import { caseScope } from '../case-scope';

export const statementKeys = {
  ofCase: (caseId: string) => [...caseScope(caseId), 'statements'] as const,
  inReview: (caseId: string) => [...statementKeys.ofCase(caseId), 'in_review'] as const,
};
