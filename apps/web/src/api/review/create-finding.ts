import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type CreateFindingRequest = Schemas['CreateFindingDto'];

export function createFinding(caseId: string, body: CreateFindingRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/findings', { params: { path: { id: caseId } }, body }));
}

export function useCreateFinding(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFindingRequest) => createFinding(caseId, body),
    // A finding also concludes its allegation: refresh the whole case.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
