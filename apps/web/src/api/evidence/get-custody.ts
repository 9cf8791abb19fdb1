import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { evidenceKeys } from './keys';

export function getCustody(caseId: string, evidenceId: string, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/evidence/{eid}/custody', {
      params: { path: { id: caseId, eid: evidenceId } },
      signal,
    }),
  );
}

export function custodyQueryOptions(caseId: string, evidenceId: string) {
  return queryOptions({
    queryKey: evidenceKeys.custody(caseId, evidenceId),
    queryFn: ({ signal }) => getCustody(caseId, evidenceId, signal),
    select: (list) => list.items,
  });
}

export function useCustody(caseId: string, evidenceId: string | null) {
  return useQuery({ ...custodyQueryOptions(caseId, evidenceId ?? ''), enabled: evidenceId !== null });
}
