import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatementCommand } from '@ethics/domain';
import { api, dataOf } from '../../lib/api-client';
import type { Schemas, Statement } from '../../lib/api-types';
import { caseScope } from '../case-scope';

// Submit, approve and publish share one shape (a reason and the version read), so they live together.

export type StatementCommandRequest = Schemas['StatementCommandDto'];

export interface StatementCommandInput {
  caseId: string;
  statementId: string;
  command: StatementCommand;
  body: StatementCommandRequest;
}

export function runStatementCommand({ caseId, statementId, command, body }: StatementCommandInput) {
  const params = { path: { id: caseId, sid: statementId } };
  switch (command) {
    case 'submit':
      return dataOf(api.POST('/api/v1/cases/{id}/statements/{sid}/submit', { params, body }));
    case 'approve':
      return dataOf(api.POST('/api/v1/cases/{id}/statements/{sid}/approve', { params, body }));
    case 'publish':
      return dataOf(api.POST('/api/v1/cases/{id}/statements/{sid}/publish', { params, body }));
  }
}

/** `onDone` runs with the mutation, not with the component, which may leave its list meanwhile. */
export function useStatementCommand({ onDone }: { onDone?: (statement: Statement) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runStatementCommand,
    onSuccess: async (statement, { caseId }) => {
      onDone?.(statement);
      await queryClient.invalidateQueries({ queryKey: caseScope(caseId) });
    },
  });
}
