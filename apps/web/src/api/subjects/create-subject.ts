import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { subjectKeys } from './keys';

export type CreateSubjectRequest = Schemas['CreateSubjectDto'];

export function createSubject(body: CreateSubjectRequest) {
  return dataOf(api.POST('/api/v1/subjects', { body }));
}

export function useCreateSubject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectKeys.all }),
  });
}
