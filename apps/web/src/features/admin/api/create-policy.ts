import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client';
import type { Schemas } from '../../../lib/api-types';
import { referenceKeys } from '../../../lib/reference-data/reference-keys';
import { adminKeys } from './query-keys';

export type CreatePolicyInput = Schemas['CreatePolicyClauseDto'];

/** A new clause, or, with an existing code, a new version of that clause. */
export function createPolicy(body: CreatePolicyInput) {
  return dataOf(api.POST('/api/v1/policies', { body }));
}

export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPolicy,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.policies() }),
        // The clauses other screens cite from.
        queryClient.invalidateQueries({ queryKey: referenceKeys.policyClauses() }),
      ]);
    },
  });
}
