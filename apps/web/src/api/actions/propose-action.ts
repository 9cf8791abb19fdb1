import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';
import { actionKeys } from './keys';

export type ProposeActionRequest = Schemas['ProposeActionDto'];

export function proposeAction(caseId: string, body: ProposeActionRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions', { params: { path: { id: caseId } }, body }));
}

export function useProposeAction(caseId: string) {
  return useRefreshingMutation(
    (body: ProposeActionRequest) => proposeAction(caseId, body),
    [caseScope(caseId), actionKeys.pending()],
  );
}
