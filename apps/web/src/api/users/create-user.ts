import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { userKeys } from './keys';

export type CreateUserInput = Schemas['CreateUserDto'];

export function createUser(body: CreateUserInput) {
  return dataOf(api.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
