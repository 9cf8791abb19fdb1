import { ROLES, type Role } from '@ethics/domain';
import { useMemo } from 'react';
import { useUrlChoice } from '../../../lib/url-state';
import type { UserListFilters } from '../../../api/users/keys';

const ROLE_CHOICES = ['any', ...ROLES] as const;
const STATUS_CHOICES = ['any', 'active', 'deactivated'] as const;

/** The user list's filters, in the URL. */
export function useUserFilters() {
  const [role, setRole] = useUrlChoice('role', ROLE_CHOICES, 'any');
  const [status, setStatus] = useUrlChoice('status', STATUS_CHOICES, 'any');
  const filters = useMemo(
    (): UserListFilters => ({
      role: role === 'any' ? undefined : (role satisfies Role),
      active: status === 'any' ? undefined : status === 'active',
    }),
    [role, status],
  );
  return {
    role,
    setRole,
    status,
    setStatus,
    filters,
    hasFilters: role !== 'any' || status !== 'any',
    clear: () => {
      setRole(null);
      setStatus(null);
    },
  };
}

export type UserFiltersState = ReturnType<typeof useUserFilters>;
