import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { listQueryOptions } from '../lists';
import { actionKeys } from './keys';

/** The API's largest page: plenty for the actions of one case, so one page shows them all. */
const CASE_ACTIONS_LIMIT = 200;

export function caseActionsQueryOptions(caseId: string) {
  return listQueryOptions(actionKeys.ofCase(caseId), (signal) =>
    dataOf(
      api.GET('/api/v1/cases/{id}/actions', {
        params: { path: { id: caseId }, query: { limit: CASE_ACTIONS_LIMIT } },
        signal,
      }),
    ),
  );
}

export function useCaseActions(caseId: string) {
  return useQuery(caseActionsQueryOptions(caseId));
}
