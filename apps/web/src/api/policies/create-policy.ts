import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { useRefreshingMutation } from '../refreshing-mutation';
import { policyKeys } from './keys';

export type CreatePolicyInput = Schemas['CreatePolicyClauseDto'];

/** A new clause, or, with an existing code, a new version of that clause. */
export function createPolicy(body: CreatePolicyInput) {
  return dataOf(api.POST('/api/v1/policies', { body }));
}

export function useCreatePolicy() {
  // Also the clauses other screens cite from.
  return useRefreshingMutation(createPolicy, [policyKeys.all]);
}
