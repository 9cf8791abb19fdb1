import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Statement } from '../../lib/api-types';
import { statementKeys } from './keys';

export function getStatements(caseId: string, signal?: AbortSignal) {
  return dataOf(
    api.GET('/api/v1/cases/{id}/statements', { params: { path: { id: caseId }, query: { limit: 200 } }, signal }),
  );
}

export function statementsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: statementKeys.ofCase(caseId),
    queryFn: ({ signal }) => getStatements(caseId, signal),
    select: (page) => page.items,
  });
}

export function useStatements(caseId: string) {
  return useQuery(statementsQueryOptions(caseId));
}

export function statementsInReviewQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: statementKeys.inReview(caseId),
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/v1/cases/{id}/statements', {
          params: { path: { id: caseId }, query: { status: ['in_review'], limit: 200 } },
          signal,
        }),
      ),
    select: (page) => page.items,
  });
}

/**
 * Statements waiting for approval on several cases. The API has no list of statements across
 * cases, so this asks each case (the caller passes the few that matter: the person's open cases).
 */
export function useStatementsInReview(caseIds: readonly string[]) {
  return useQueries({
    queries: caseIds.map((id) => statementsInReviewQueryOptions(id)),
    combine: (results) => ({
      statements: results.flatMap((r): Statement[] => r.data ?? []),
      pending: results.some((r) => r.isPending),
      errors: results.flatMap((r) => (r.isError ? [r.error] : [])),
    }),
  });
}
