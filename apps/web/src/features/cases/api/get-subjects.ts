import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { SubjectKind } from '@ethics/domain';
import { api, dataOf } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export interface SubjectFilters {
  q: string;
  type: SubjectKind | null;
}

export function subjectsQueryOptions(filters: SubjectFilters) {
  const q = filters.q.trim();
  return infiniteQueryOptions({
    queryKey: [...caseKeys.subjects(), 'list', { q, type: filters.type }] as const,
    queryFn: ({ pageParam, signal }) =>
      dataOf(
        api.GET('/api/v1/subjects', {
          params: {
            query: {
              limit: 50,
              ...(q !== '' ? { q } : {}),
              ...(filters.type !== null ? { type: filters.type } : {}),
              ...(pageParam !== null ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useSubjects(filters: SubjectFilters) {
  return useInfiniteQuery({ ...subjectsQueryOptions(filters), placeholderData: keepPreviousData });
}
