import type { CaseScope } from '@ethics/authz';
import type { ActionCommand } from '@ethics/domain';
import { useState } from 'react';
import { CommandButtons } from '../../../components/command-buttons';
import type { EnforcementAction } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { actionCommandPermission, commandsFrom } from '../hooks/action-permissions';
import { ActionCommandDialog } from './action-command-dialog';

const LABELS: Record<ActionCommand, string> = {
  approve: 'Approve',
  reject: 'Reject',
  execute: 'Execute',
  reverse: 'Reverse',
};

const STYLE: Record<ActionCommand, { variant: string; color?: string }> = {
  approve: { variant: 'filled', color: 'green' },
  reject: { variant: 'outline', color: 'red' },
  execute: { variant: 'filled' },
  reverse: { variant: 'outline', color: 'orange' },
};

export interface ActionLifecycleButtonsProps {
  action: EnforcementAction;
  /** The case's team and restriction, when known (inside a case); the global list relies on the API. */
  scope?: CaseScope;
}

/** The next steps the lifecycle allows, each disabled with its reason when this person may not. */
export function ActionLifecycleButtons({ action, scope }: ActionLifecycleButtonsProps) {
  const current = useCurrentUser();
  const [command, setCommand] = useState<ActionCommand | null>(null);
  const commands = commandsFrom(action.status).map((c) => ({
    command: c,
    label: LABELS[c],
    permission: actionCommandPermission(current, action, c, scope),
    variant: STYLE[c].variant,
    color: STYLE[c].color,
  }));
  if (commands.length === 0) return null;

  return (
    <>
      <CommandButtons
        choices={commands}
        onChoose={(c) => {
          setCommand(c);
        }}
      />
      <ActionCommandDialog
        action={action}
        command={command}
        onClose={() => {
          setCommand(null);
        }}
      />
    </>
  );
}
