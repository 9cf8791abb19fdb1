import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { listQueryOptions } from '../lists';
import { evidenceKeys } from './keys';

export function custodyQueryOptions(caseId: string, evidenceId: string) {
  return listQueryOptions(evidenceKeys.custody(caseId, evidenceId), (signal) =>
    dataOf(
      api.GET('/api/v1/cases/{id}/evidence/{eid}/custody', {
        params: { path: { id: caseId, eid: evidenceId } },
        signal,
      }),
    ),
  );
}

export function useCustody(caseId: string, evidenceId: string | null) {
  return useQuery({ ...custodyQueryOptions(caseId, evidenceId ?? ''), enabled: evidenceId !== null });
}
