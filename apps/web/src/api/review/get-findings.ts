import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { listQueryOptions } from '../lists';
import { reviewKeys } from './keys';

export function findingsQueryOptions(caseId: string) {
  return listQueryOptions(reviewKeys.findings(caseId), (signal) =>
    dataOf(api.GET('/api/v1/cases/{id}/findings', { params: { path: { id: caseId } }, signal })),
  );
}

export function useFindings(caseId: string) {
  return useQuery(findingsQueryOptions(caseId));
}
