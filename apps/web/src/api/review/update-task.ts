import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas, type Task } from '../../lib/api-types';
import { caseScope } from '../case-scope';

export type UpdateTaskRequest = RequestBody<Schemas['UpdateTaskDto']>;

export function updateTask(caseId: string, taskId: string, body: UpdateTaskRequest) {
  return dataOf(
    api.PATCH('/api/v1/cases/{id}/tasks/{tid}', {
      params: { path: { id: caseId, tid: taskId } },
      body: requestBody<Schemas['UpdateTaskDto']>(body),
    }),
  );
}

export interface UpdateTaskCallbacks {
  onDone?: (task: Task) => void;
  onFailed?: (error: Error) => void;
}

/** The callbacks run with the mutation, not the component: a finished task leaves the queue's list. */
export function useUpdateTask({ onDone, onFailed }: UpdateTaskCallbacks = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, taskId, body }: { caseId: string; taskId: string; body: UpdateTaskRequest }) =>
      updateTask(caseId, taskId, body),
    onSuccess: onDone,
    onError: onFailed,
    // A stale version (409) also refreshes, so the list shows what the other person saved.
    onSettled: (_data, _error, { caseId }) => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
}
