import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type RecordEvidenceRequest = Schemas['CreateEvidenceRecordDto'];

/** Evidence without a file: a URL and the text captured from it, hashed by the API. */
export function recordEvidence(caseId: string, body: RecordEvidenceRequest) {
  return dataOf(
    api.POST('/api/v1/cases/{id}/evidence', {
      params: { path: { id: caseId } },
      body,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

export function useRecordEvidence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordEvidenceRequest) => recordEvidence(caseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
