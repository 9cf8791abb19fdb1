import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

export type CreateAllegationRequest = RequestBody<Schemas['CreateAllegationDto']>;

export function createAllegation(caseId: string, body: CreateAllegationRequest) {
  return dataOf(
    api.POST('/api/v1/cases/{id}/allegations', {
      params: { path: { id: caseId } },
      body: requestBody<Schemas['CreateAllegationDto']>(body),
    }),
  );
}

export function useCreateAllegation(caseId: string) {
  return useRefreshingMutation((body: CreateAllegationRequest) => createAllegation(caseId, body), [caseScope(caseId)]);
}
