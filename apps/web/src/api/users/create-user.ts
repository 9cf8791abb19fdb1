import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { useRefreshingMutation } from '../refreshing-mutation';
import { userKeys } from './keys';

export type CreateUserInput = Schemas['CreateUserDto'];

export function createUser(body: CreateUserInput) {
  return dataOf(api.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  return useRefreshingMutation(createUser, [userKeys.all]);
}
