import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

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
  return useRefreshingMutation((body: RecordEvidenceRequest) => recordEvidence(caseId, body), [caseScope(caseId)]);
}
