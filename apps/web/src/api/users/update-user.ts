import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { isConflict } from '../../lib/api-error';
import { userKeys } from './keys';

export type UpdateUserInput = Schemas['UpdateUserDto'];

export function updateUser(id: string, body: UpdateUserInput) {
  return dataOf(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body }));
}

/** Role changes, deactivation and reactivation, each with the version read (409 when stale). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserInput }) => updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
    onError: (error) => {
      // Someone else changed the user: load the current version so a retry can succeed.
      if (isConflict(error)) void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
