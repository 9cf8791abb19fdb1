import type { PolicyListFilters } from './get-policies';
import type { UserListFilters } from './get-users';

export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: (filters: UserListFilters) => [...adminKeys.users(), 'list', filters] as const,
  policies: () => [...adminKeys.all, 'policies'] as const,
  policyList: (filters: PolicyListFilters) => [...adminKeys.policies(), 'list', filters] as const,
  policy: (id: string) => [...adminKeys.policies(), 'detail', id] as const,
};
