import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseKeys } from './keys';

export type CreateCaseRequest = Schemas['CreateCaseDto'];

export function createCase(body: CreateCaseRequest) {
  return dataOf(api.POST('/api/v1/cases', { body }));
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
  });
}
