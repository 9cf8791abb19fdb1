import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { clearSession } from '../../../lib/session';

export async function logout(): Promise<void> {
  await api.post('/auth/logout');
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
