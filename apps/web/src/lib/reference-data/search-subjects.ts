import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api-client';
import { referenceKeys } from './reference-keys';

/** Subjects whose name contains `q` (all of them, first 50, when empty), for pickers. */
export function searchSubjects(q: string, signal?: AbortSignal) {
  const query = q.trim() === '' ? { limit: 50 } : { limit: 50, q: q.trim() };
  return dataOf(api.GET('/api/v1/subjects', { params: { query }, signal }));
}

export function subjectSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: referenceKeys.subjects(q.trim()),
    queryFn: ({ signal }) => searchSubjects(q, signal),
    select: (page) => page.items,
  });
}

export function useSubjectSearch(q: string) {
  return useQuery({ ...subjectSearchQueryOptions(q), placeholderData: keepPreviousData });
}
