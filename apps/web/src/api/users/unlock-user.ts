import { api, dataOf } from '../../lib/api-client';
import { useRefreshingMutation } from '../refreshing-mutation';
import { userKeys } from './keys';

export function unlockUser(id: string, reason: string) {
  return dataOf(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } }, body: { reason } }));
}

/** Lifts the sign-in throttles on someone's account, from every address (audited with the reason). */
export function useUnlockUser() {
  return useRefreshingMutation(
    ({ id, reason }: { id: string; reason: string }) => unlockUser(id, reason),
    [userKeys.all],
  );
}
