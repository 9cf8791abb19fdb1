import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { userKeys } from './keys';

export function unlockUser(id: string, reason: string) {
  return dataOf(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } }, body: { reason } }));
}

/** Lifts the sign-in throttles on someone's account, from every address (audited with the reason). */
export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unlockUser(id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
