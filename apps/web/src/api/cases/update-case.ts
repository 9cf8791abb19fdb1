import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { caseKeys } from './keys';

export type UpdateCaseRequest = RequestBody<Schemas['UpdateCaseDto']>;

/** Edits carry the version that was read; a stale one gets 409 and changes nothing. */
export function updateCase(caseId: string, body: UpdateCaseRequest) {
  return dataOf(
    api.PATCH('/api/v1/cases/{id}', {
      params: { path: { id: caseId } },
      body: requestBody<Schemas['UpdateCaseDto']>(body),
    }),
  );
}

export function useUpdateCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCaseRequest) => updateCase(caseId, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]);
    },
  });
}
