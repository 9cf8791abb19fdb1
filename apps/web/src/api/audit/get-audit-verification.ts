import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { auditKeys } from './keys';

export type AuditVerification = Schemas['AuditVerificationDto'];

/** The server walks the whole chain and says whether every event still holds. */
export function getAuditVerification(signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/audit/verify', { signal }));
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
