import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { listQueryOptions, pagesQueryOptions } from '../lists';
import { subjectKeys, type SubjectFilters } from './keys';

const SUBJECT_PAGE_SIZE = 50;

export function getSubjects(query: QueryOf<'/api/v1/subjects', 'get'>, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/subjects', { params: { query }, signal }));
}

export function subjectsQueryOptions(filters: SubjectFilters) {
  const q = filters.q.trim();
  return pagesQueryOptions(subjectKeys.list({ q, type: filters.type }), (cursor, signal) =>
    getSubjects(
      {
        limit: SUBJECT_PAGE_SIZE,
        ...(q !== '' ? { q } : {}),
        ...(filters.type !== null ? { type: filters.type } : {}),
        ...(cursor !== null ? { cursor } : {}),
      },
      signal,
    ),
  );
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
