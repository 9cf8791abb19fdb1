import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateCaseRequest, CreateCaseResponse } from '../../../lib/api-types';
import { caseKeys } from './query-keys';

export function createCase(body: CreateCaseRequest): Promise<CreateCaseResponse> {
  return api.post<CreateCaseResponse>('/cases', body);
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
  });
}
