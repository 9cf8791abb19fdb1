import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { useRefreshingMutation } from '../refreshing-mutation';
import { subjectKeys } from './keys';

export type CreateSubjectRequest = Schemas['CreateSubjectDto'];

export function createSubject(body: CreateSubjectRequest) {
  return dataOf(api.POST('/api/v1/subjects', { body }));
}

export function useCreateSubject() {
  return useRefreshingMutation(createSubject, [subjectKeys.all]);
}
