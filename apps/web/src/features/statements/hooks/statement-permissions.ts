import type { CaseScope } from '@ethics/authz';
import { PUBLIC_AUDIENCES, STATEMENT_COMMANDS, type StatementCommand, type StatementStatus } from '@ethics/domain';
import type { Statement } from '../../../lib/api-types';
import type { CurrentUser } from '../../../lib/current-user';
import { ALLOWED, denied, permissionTo, type Permission } from '../../../lib/permissions';

const DOING: Record<StatementCommand, string> = {
  submit: 'submit statements for review',
  approve: 'approve statements',
  publish: 'publish statements',
};

export const OWN_PUBLIC_STATEMENT =
  'You wrote this public statement; someone else (a lead or an executive) must approve it (four eyes)';

export const EDITED_PUBLIC_STATEMENT =
  'You edited this public statement; someone who wrote none of it (a lead or an executive) must approve it (four eyes)';

export function statementCommandsFrom(status: StatementStatus): StatementCommand[] {
  return (Object.keys(STATEMENT_COMMANDS) as StatementCommand[]).filter((c) => STATEMENT_COMMANDS[c].from === status);
}

/** Role and team first (libs/authz), then four eyes for public and press statements: the approver wrote none of it. */
export function statementCommandPermission(
  current: CurrentUser,
  statement: Pick<Statement, 'authorId' | 'editorIds' | 'audience'>,
  command: StatementCommand,
  scope?: CaseScope,
): Permission {
  const allowed = permissionTo(current, { action: command, type: 'Statement', doing: DOING[command], scope });
  if (!allowed.allowed) return allowed;
  if (command !== 'approve' || !PUBLIC_AUDIENCES.includes(statement.audience)) return ALLOWED;
  if (statement.authorId === current.user.id) return denied(OWN_PUBLIC_STATEMENT);
  if (statement.editorIds.includes(current.user.id)) return denied(EDITED_PUBLIC_STATEMENT);
  return ALLOWED;
}
