import { queryOptions, useQuery } from '@tanstack/react-query';
import { contractGet } from './contract-get';
import { auditKeys } from './query-keys';

/**
 * TEMPORARY: the shape of `GET /audit/verify` as the API declares it (AuditVerificationDto), until
 * the generated client lists the route; then `Schemas['AuditVerificationDto']`.
 */
export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstInvalidId: string | null;
  firstInvalidSeq?: number | null;
  reason?: 'format' | 'sequence' | 'link' | 'hash' | null;
  detail?: string | null;
  lastSeq?: number;
  lastHash?: string;
  verifiedAt?: string;
}

export function getAuditVerification(signal?: AbortSignal): Promise<AuditVerification> {
  return contractGet<AuditVerification>('/api/v1/audit/verify', signal);
}

export function auditVerificationQueryOptions() {
  return queryOptions({
    queryKey: auditKeys.verification(),
    queryFn: ({ signal }) => getAuditVerification(signal),
    // Verifying reads the whole chain: only when asked, never on focus or on a timer.
    enabled: false,
    staleTime: Infinity,
    retry: false,
  });
}

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
