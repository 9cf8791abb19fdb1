import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { cursorPages, listQueryOptions } from '../lists';
import { subjectKeys, type SubjectFilters } from './keys';

const SUBJECT_PAGE_SIZE = 50;

export function getSubjects(query: QueryOf<'/api/v1/subjects', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/subjects', { params: { query }, signal }));
}

export function subjectsQueryOptions(filters: SubjectFilters) {
  const q = filters.q.trim();
  return infiniteQueryOptions({
    queryKey: subjectKeys.list({ q, type: filters.type }),
    queryFn: ({ pageParam, signal }) =>
      getSubjects(
        {
          limit: SUBJECT_PAGE_SIZE,
          ...(q !== '' ? { q } : {}),
          ...(filters.type !== null ? { type: filters.type } : {}),
          ...(pageParam !== null ? { cursor: pageParam } : {}),
        },
        signal,
      ),
    ...cursorPages,
  });
}

export function useSubjects(filters: SubjectFilters) {
  return useInfiniteQuery({ ...subjectsQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Subjects whose name contains `q` (all of them, first page, when empty), for pickers. */
export function subjectSearchQueryOptions(q: string) {
  const trimmed = q.trim();
  return listQueryOptions(subjectKeys.search(trimmed), (signal) =>
    getSubjects(trimmed === '' ? { limit: SUBJECT_PAGE_SIZE } : { limit: SUBJECT_PAGE_SIZE, q: trimmed }, signal),
  );
}
