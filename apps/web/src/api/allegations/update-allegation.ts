import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

export type UpdateAllegationRequest = RequestBody<Schemas['UpdateAllegationDto']>;

export function updateAllegation(caseId: string, allegationId: string, body: UpdateAllegationRequest) {
  return dataOf(
    api.PATCH('/api/v1/cases/{id}/allegations/{aid}', {
      params: { path: { id: caseId, aid: allegationId } },
      body: requestBody<Schemas['UpdateAllegationDto']>(body),
    }),
  );
}

export function useUpdateAllegation(caseId: string) {
  return useRefreshingMutation(
    ({ allegationId, body }: { allegationId: string; body: UpdateAllegationRequest }) =>
      updateAllegation(caseId, allegationId, body),
    [caseScope(caseId)],
  );
}
