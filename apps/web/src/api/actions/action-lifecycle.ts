import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionCommand } from '@ethics/domain';
import { api, dataOf } from '../../lib/api-client';
import type { EnforcementAction, Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { actionKeys } from './keys';

// The four lifecycle endpoints share one shape (a reason, the version read; execution adds its
// reference), so they live together rather than in four one-line files.

export type ActionCommandRequest = Schemas['ActionCommandDto'];
export type ExecuteActionRequest = Schemas['ExecuteActionDto'];

interface Target {
  caseId: string;
  actionId: string;
}

const path = ({ caseId, actionId }: Target) => ({ path: { id: caseId, aid: actionId } });

export function approveAction(target: Target, body: ActionCommandRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions/{aid}/approve', { params: path(target), body }));
}

export function rejectAction(target: Target, body: ActionCommandRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions/{aid}/reject', { params: path(target), body }));
}

export function executeAction(target: Target, body: ExecuteActionRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions/{aid}/execute', { params: path(target), body }));
}

export function reverseAction(target: Target, body: ActionCommandRequest) {
  return dataOf(api.POST('/api/v1/cases/{id}/actions/{aid}/reverse', { params: path(target), body }));
}

export type ActionCommandInput = Target &
  (
    | { command: Exclude<ActionCommand, 'execute'>; body: ActionCommandRequest }
    | { command: 'execute'; body: ExecuteActionRequest }
  );

export function runActionCommand(input: ActionCommandInput) {
  switch (input.command) {
    case 'approve':
      return approveAction(input, input.body);
    case 'reject':
      return rejectAction(input, input.body);
    case 'execute':
      return executeAction(input, input.body);
    case 'reverse':
      return reverseAction(input, input.body);
  }
}

/**
 * `onDone` runs with the mutation, not with the component: the action usually leaves the list it
 * was shown in (a proposal once decided), which unmounts the button that started it.
 */
export function useActionCommand({ onDone }: { onDone?: (action: EnforcementAction) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runActionCommand,
    onSuccess: async (action, { caseId }) => {
      onDone?.(action);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
        queryClient.invalidateQueries({ queryKey: actionKeys.all }),
      ]);
    },
  });
}
