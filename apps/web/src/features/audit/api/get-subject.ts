import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import { auditKeys } from './query-keys';

export function getSubject(subjectId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/subjects/{id}', { params: { path: { id: subjectId } }, signal }));
}

/** The chosen subject's name, when the filter comes from the URL. */
export function subjectQueryOptions(subjectId: string) {
  return queryOptions({
    queryKey: auditKeys.subject(subjectId),
    queryFn: ({ signal }) => getSubject(subjectId, signal),
    staleTime: 10 * 60_000,
  });
}

export function useSubject(subjectId: string | undefined) {
  return useQuery({ ...subjectQueryOptions(subjectId ?? ''), enabled: subjectId !== undefined });
}
