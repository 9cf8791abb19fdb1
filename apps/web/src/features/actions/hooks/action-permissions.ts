import type { CaseScope } from '@ethics/authz';
import { ACTION_COMMANDS, type ActionCommand, type ActionStatus } from '@ethics/domain';
import type { EnforcementAction } from '../../../lib/api-types';
import type { CurrentUser } from '../../../lib/current-user';
import { ALLOWED, denied, permissionTo, type Permission } from '../../../lib/permissions';

const DOING: Record<ActionCommand, string> = {
  approve: 'approve enforcement actions',
  reject: 'reject enforcement actions',
  execute: 'record the execution of enforcement actions',
  reverse: 'reverse enforcement actions',
};

export const FOUR_EYES_REASONS: Record<'approve' | 'reject', string> = {
  approve: 'You proposed this action; someone else must approve it (four eyes)',
  reject: 'You proposed this action; someone else must decide on it (four eyes)',
};

/** The commands the lifecycle allows from a status (libs/domain), in their usual order. */
export function commandsFrom(status: ActionStatus): ActionCommand[] {
  return (Object.keys(ACTION_COMMANDS) as ActionCommand[]).filter((c) => ACTION_COMMANDS[c].from === status);
}

/**
 * Whether the person may run a command on an action, and why not: their role and the case's
 * team first (libs/authz), then four eyes: nobody decides on their own proposal.
 */
export function actionCommandPermission(
  current: CurrentUser,
  action: Pick<EnforcementAction, 'proposedBy'>,
  command: ActionCommand,
  scope?: CaseScope,
): Permission {
  const allowed = permissionTo(current, { action: command, type: 'EnforcementAction', doing: DOING[command], scope });
  if (!allowed.allowed) return allowed;
  if ((command === 'approve' || command === 'reject') && action.proposedBy === current.user.id) {
    return denied(FOUR_EYES_REASONS[command]);
  }
  return ALLOWED;
}
