import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';

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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAllegationRequest) => createAllegation(caseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
