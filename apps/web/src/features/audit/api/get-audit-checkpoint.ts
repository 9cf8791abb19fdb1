import { queryOptions, useQuery } from '@tanstack/react-query';
import { contractGet } from './contract-get';
import { auditKeys } from './query-keys';

/**
 * TEMPORARY: the shapes of `GET /audit/checkpoints` and `GET /audit/public-key` as the API declares
 * them (AuditCheckpointDto, AuditPublicKeyDto), until the generated client lists the routes.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  signature: string;
  keyId: string;
  algorithm: 'Ed25519';
}

export interface AuditPublicKey {
  algorithm: 'Ed25519';
  keyId: string;
  publicKey: string;
}

/** The chain head signed now, with the key that verifies the signature. */
export async function getSignedCheckpoint(signal?: AbortSignal) {
  const [checkpoint, key] = await Promise.all([
    contractGet<AuditCheckpoint>('/api/v1/audit/checkpoints', signal),
    contractGet<AuditPublicKey>('/api/v1/audit/public-key', signal),
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
