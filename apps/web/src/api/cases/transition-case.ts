import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';
import { caseKeys } from './keys';

export type TransitionRequest = Schemas['TransitionCaseDto'];

export function transitionCase(caseId: string, body: TransitionRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/transitions', { params: { path: { id: caseId } }, body }));
}

export function useTransitionCase(caseId: string) {
  return useRefreshingMutation(
    (body: TransitionRequest) => transitionCase(caseId, body),
    [caseScope(caseId), caseKeys.lists()],
  );
}
