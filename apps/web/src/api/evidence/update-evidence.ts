import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

export type UpdateEvidenceRequest = Schemas['UpdateEvidenceDto'] & { version: number };

/** Metadata and legal hold; the content is never changed (a correction is a new item). */
export function updateEvidence(caseId: string, evidenceId: string, body: UpdateEvidenceRequest) {
  return dataOf(
    api.PATCH('/api/v1/cases/{id}/evidence/{eid}', {
      params: { path: { id: caseId, eid: evidenceId }, header: { 'if-match': `"${String(body.version)}"` } },
      body,
    }),
  );
}

export function useUpdateEvidence(caseId: string) {
  return useRefreshingMutation(
    ({ evidenceId, body }: { evidenceId: string; body: UpdateEvidenceRequest }) =>
      updateEvidence(caseId, evidenceId, body),
    [caseScope(caseId)],
  );
}
