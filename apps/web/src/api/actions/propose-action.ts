import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { actionKeys } from './keys';

export type ProposeActionRequest = Schemas['ProposeActionDto'];

export function proposeAction(caseId: string, body: ProposeActionRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions', { params: { path: { id: caseId } }, body }));
}

export function useProposeAction(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeActionRequest) => proposeAction(caseId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
        queryClient.invalidateQueries({ queryKey: actionKeys.pending() }),
      ]),
  });
}
