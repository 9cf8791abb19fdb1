import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { reviewKeys } from './keys';

export function getFindings(caseId: string, signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/cases/{id}/findings', { params: { path: { id: caseId } }, signal }));
}

export function findingsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: reviewKeys.findings(caseId),
    queryFn: ({ signal }) => getFindings(caseId, signal),
    select: (list) => list.items,
  });
}

export function useFindings(caseId: string) {
  return useQuery(findingsQueryOptions(caseId));
}
