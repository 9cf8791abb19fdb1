import { caseScope } from '../case-scope';

export const timelineKeys = {
  ofCase: (caseId: string) => [...caseScope(caseId), 'timeline'] as const,
  pages: (caseId: string) => [...timelineKeys.ofCase(caseId), 'pages'] as const,
  latest: (caseId: string) => [...timelineKeys.ofCase(caseId), 'latest'] as const,
};
