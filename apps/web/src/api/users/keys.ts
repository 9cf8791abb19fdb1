import type { QueryOf } from '../../lib/api-types';

export type UserListFilters = Pick<QueryOf<'/api/v1/users', 'get'>, 'role' | 'active'>;

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserListFilters) => [...userKeys.all, 'list', filters] as const,
  everyone: () => [...userKeys.all, 'everyone'] as const,
};
