import { caseScope } from '../query-scopes';

/** Keys of the lookups several features share (catalogues, a case's team). */
export const referenceKeys = {
  policyClauses: () => ['reference', 'policy-clauses'] as const,
  serviceCatalogue: () => ['reference', 'service-catalogue'] as const,
  allSubjects: () => ['reference', 'subjects'] as const,
  subjects: (q: string) => [...referenceKeys.allSubjects(), q] as const,
  caseMembers: (caseId: string) => [...caseScope(caseId), 'members'] as const,
};
