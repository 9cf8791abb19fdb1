import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type CreateStatementRequest = Schemas['CreateStatementDto'];

export function createStatement(caseId: string, body: CreateStatementRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/statements', { params: { path: { id: caseId } }, body }));
}

export function useCreateStatement(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStatementRequest) => createStatement(caseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
