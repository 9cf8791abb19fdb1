import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { evidenceKeys } from './keys';

/** Recomputes the hash of the stored bytes and compares it with the one taken at intake. */
export function verifyEvidence(caseId: string, evidenceId: string) {
  return dataOf(
    api.POST('/api/v1/cases/{id}/evidence/{eid}/verify', { params: { path: { id: caseId, eid: evidenceId } } }),
  );
}

export function useVerifyEvidence(caseId: string, evidenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => verifyEvidence(caseId, evidenceId),
    // Verifying is a custody event.
    onSettled: () => queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(caseId, evidenceId) }),
  });
}
