import type { SubjectKind } from '@ethics/domain';

export interface SubjectFilters {
  q: string;
  type: SubjectKind | null;
}

/** Subjects exist apart from cases (one subject, many cases), so their keys are not case-scoped. */
export const subjectKeys = {
  all: ['subjects'] as const,
  list: (filters: SubjectFilters) => [...subjectKeys.all, 'list', filters] as const,
  search: (q: string) => [...subjectKeys.all, 'search', q] as const,
  detail: (subjectId: string) => [...subjectKeys.all, 'detail', subjectId] as const,
};
