import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { auditKeys } from './keys';

export type AuditCheckpoint = Schemas['AuditCheckpointDto'];
export type AuditPublicKey = Schemas['AuditPublicKeyDto'];

/** The chain head signed now (`/audit/checkpoints`), with the key that verifies the signature. */
export async function getSignedCheckpoint(signal?: AbortSignal) {
  const [checkpoint, key] = await Promise.all([
    dataOf(api.GET('/api/v1/audit/checkpoints', { signal })),
    dataOf(api.GET('/api/v1/audit/public-key', { signal })),
  ]);
  return { checkpoint, key };
}

export function signedCheckpointQueryOptions() {
  return queryOptions({
    queryKey: auditKeys.checkpoints(),
    queryFn: ({ signal }) => getSignedCheckpoint(signal),
    staleTime: 0,
  });
}

export function useSignedCheckpoint() {
  return useQuery(signedCheckpointQueryOptions());
}
