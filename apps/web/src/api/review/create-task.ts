import { api, dataOf } from '../../lib/api-client';
import { requestBody, type RequestBody, type Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

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
  return useRefreshingMutation((body: CreateTaskRequest) => createTask(caseId, body), [caseScope(caseId)]);
}
