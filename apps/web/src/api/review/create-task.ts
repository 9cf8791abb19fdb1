import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type CreateTaskRequest = RequestBody<Schemas['CreateTaskDto']>;

export function createTask(caseId: string, body: CreateTaskRequest) {
  return dataOf(
    api.POST('/api/v1/cases/{id}/tasks', {
      params: { path: { id: caseId } },
      body: requestBody<Schemas['CreateTaskDto']>(body),
    }),
  );
}

export function useCreateTask(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskRequest) => createTask(caseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
