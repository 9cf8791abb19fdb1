import { caseScope } from '../../../lib/query-scopes';

/** Query keys of the executive's screens. Case reads nest under the shared case scope, so that a
 * change made anywhere on a case also refreshes its summary. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  outcomes: (months: number) => [...dashboardKeys.all, 'outcomes', { months }] as const,
  caseSummary: (caseId: string) => [...caseScope(caseId), 'summary'] as const,
  caseDetail: (caseId: string) => [...dashboardKeys.caseSummary(caseId), 'detail'] as const,
  caseAllegations: (caseId: string) => [...dashboardKeys.caseSummary(caseId), 'allegations'] as const,
  caseActions: (caseId: string) => [...dashboardKeys.caseSummary(caseId), 'actions'] as const,
  caseStatements: (caseId: string) => [...dashboardKeys.caseSummary(caseId), 'statements'] as const,
  caseTimeline: (caseId: string) => [...dashboardKeys.caseSummary(caseId), 'timeline'] as const,
};
