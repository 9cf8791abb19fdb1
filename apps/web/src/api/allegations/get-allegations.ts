import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { listQueryOptions } from '../lists';
import { allegationKeys } from './keys';

export function allegationsQueryOptions(caseId: string) {
  return listQueryOptions(allegationKeys.ofCase(caseId), (signal) =>
    dataOf(api.GET('/api/v1/cases/{id}/allegations', { params: { path: { id: caseId } }, signal })),
  );
}

/** `enabled: false` where the caller may not read them (the API would answer 404). */
export function useAllegations(caseId: string, enabled = true) {
  return useQuery({ ...allegationsQueryOptions(caseId), enabled });
}
