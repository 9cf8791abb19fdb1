import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { caseKeys } from './keys';

export type TransitionRequest = Schemas['TransitionCaseDto'];

export function transitionCase(caseId: string, body: TransitionRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/transitions', { params: { path: { id: caseId } }, body }));
}

export function useTransitionCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => transitionCase(caseId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]),
  });
}
