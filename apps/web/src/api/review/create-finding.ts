import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

export type CreateFindingRequest = Schemas['CreateFindingDto'];

export function createFinding(caseId: string, body: CreateFindingRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/findings', { params: { path: { id: caseId } }, body }));
}

export function useCreateFinding(caseId: string) {
  // A finding also concludes its allegation: refresh the whole case.
  return useRefreshingMutation((body: CreateFindingRequest) => createFinding(caseId, body), [caseScope(caseId)]);
}
