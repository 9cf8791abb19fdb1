import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { useRefreshingMutation } from '../refreshing-mutation';

export type CreateStatementRequest = Schemas['CreateStatementDto'];

export function createStatement(caseId: string, body: CreateStatementRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/statements', { params: { path: { id: caseId } }, body }));
}

export function useCreateStatement(caseId: string) {
  return useRefreshingMutation((body: CreateStatementRequest) => createStatement(caseId, body), [caseScope(caseId)]);
}
