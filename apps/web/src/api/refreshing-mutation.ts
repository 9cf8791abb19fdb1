import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A write after which every read under `refreshes` (key prefixes) is read again. The mutation
 * settles only once they have been, so that a form closing on success shows fresh data.
 */
export function useRefreshingMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  refreshes: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(refreshes.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
