import { useMutation } from '@tanstack/react-query';
import { api, done } from '../../lib/api-client';
import { clearSession } from '../../lib/session';

export function logout(): Promise<void> {
  return done(api.POST('/api/v1/auth/logout'));
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Sign out locally whatever the API answered: a failed revocation must not trap the user.
    onSettled: () => {
      clearSession();
    },
  });
}
