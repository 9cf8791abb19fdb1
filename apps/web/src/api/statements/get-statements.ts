import { useQueries, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { QueryOf } from '../../lib/api-types';
import { combineLists, listQueryOptions } from '../lists';
import { statementKeys } from './keys';

/** The API's largest page: plenty for the statements of one case, so one page shows them all. */
const CASE_STATEMENTS_LIMIT = 200;

function getStatements(
  caseId: string,
  query: Omit<QueryOf<'/api/v1/cases/{id}/statements', 'get'>, 'limit'>,
  signal: AbortSignal,
) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/statements', {
      params: { path: { id: caseId }, query: { ...query, limit: CASE_STATEMENTS_LIMIT } },
      signal,
    }),
  );
}

export function statementsQueryOptions(caseId: string) {
  return listQueryOptions(statementKeys.ofCase(caseId), (signal) => getStatements(caseId, {}, signal));
}

export function useStatements(caseId: string) {
  return useQuery(statementsQueryOptions(caseId));
}

export function statementsInReviewQueryOptions(caseId: string) {
  return listQueryOptions(statementKeys.inReview(caseId), (signal) =>
    getStatements(caseId, { status: ['in_review'] }, signal),
  );
}

/**
 * Statements waiting for approval on several cases. The API has no list of statements across
 * cases, so this asks each case (the caller passes the few that matter: the person's open cases).
 */
export function useStatementsInReview(caseIds: readonly string[]) {
  return useQueries({
    queries: caseIds.map((id) => statementsInReviewQueryOptions(id)),
    combine: (results) => {
      const { items, ...states } = combineLists(results);
      return { statements: items, ...states };
    },
  });
}
