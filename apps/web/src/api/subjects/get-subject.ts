import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Subject } from '../../lib/api-types';
import { subjectKeys } from './keys';

/** A subject with its place in the tree, and the cases and actions concerning it that you may see. */
export function getSubject(subjectId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/subjects/{id}', { params: { path: { id: subjectId } }, signal }));
}

export function subjectQueryOptions(subjectId: string) {
  return queryOptions({
    queryKey: subjectKeys.detail(subjectId),
    queryFn: ({ signal }) => getSubject(subjectId, signal),
  });
}

export function useSubject(subjectId: string) {
  return useQuery(subjectQueryOptions(subjectId));
}

/** The subject a filter names (from the URL), if any: only its label shows, which rarely changes. */
export function useChosenSubject(subjectId: string | undefined) {
  return useQuery({
    ...subjectQueryOptions(subjectId ?? ''),
    enabled: subjectId !== undefined,
    staleTime: 10 * 60_000,
  });
}

/** Name and type of a handful of subjects (those a case's allegations name), as they arrive. */
export function useSubjectLookup(subjectIds: readonly string[]): ReadonlyMap<string, Pick<Subject, 'name' | 'type'>> {
  return useQueries({
    queries: subjectIds.map((id) => subjectQueryOptions(id)),
    combine: (results) =>
      new Map(
        results.flatMap((r): [string, Pick<Subject, 'name' | 'type'>][] =>
          r.data ? [[r.data.id, { name: r.data.name, type: r.data.type }]] : [],
        ),
      ),
  });
}
