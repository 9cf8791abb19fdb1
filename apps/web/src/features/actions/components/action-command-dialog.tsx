import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ActionCommand } from '@ethics/domain';
import { useState } from 'react';
import { ReasonDialog } from '../../../components/reason-dialog';
import type { EnforcementAction } from '../../../lib/api-types';
import { fromDateTimeInput } from '../../../lib/dates';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { ACTION_TYPE_LABELS } from '../../../lib/vocabulary-labels';
import { useActionCommand } from '../../../api/actions/action-lifecycle';

const TEXT: Record<ActionCommand, { title: string; confirm: string; color: string; done: string; what: string }> = {
  approve: {
    title: 'Approve the action',
    confirm: 'Approve',
    color: 'green',
    done: 'Action approved',
    what: 'Once approved it can be carried out and its execution recorded.',
  },
  reject: {
    title: 'Reject the action',
    confirm: 'Reject',
    color: 'red',
    done: 'Action rejected',
    what: 'A rejected action stays in the history with your reason.',
  },
  execute: {
    title: 'Record the execution',
    confirm: 'Execute',
    color: 'indigo',
    done: 'Execution recorded',
    what: 'Record that the action was carried out on the customer’s services, with the change ticket or operation id.',
  },
  reverse: {
    title: 'Reverse the action',
    confirm: 'Reverse',
    color: 'orange',
    done: 'Action reversed',
    what: 'Record that the action was undone; it stays in the history as reversed.',
  },
};

export interface ActionCommandDialogProps {
  action: EnforcementAction;
  command: ActionCommand | null;
  onClose: () => void;
}

export function ActionCommandDialog({ action, command, onClose }: ActionCommandDialogProps) {
  const text = command === null ? TEXT.approve : TEXT[command];
  const run = useActionCommand({
    onDone: () => {
      notifications.show({
        color: 'green',
        title: text.done,
        message: `${ACTION_TYPE_LABELS[action.type]} against ${action.subject.name}.`,
      });
    },
  });
  const [reference, setReference] = useState('');
  const [executedAt, setExecutedAt] = useState('');
  const [checked, setChecked] = useState(false);
  const errors = useFormErrors(run.error, ['executionReference', 'executedAt']);

  const close = () => {
    setReference('');
    setExecutedAt('');
    setChecked(false);
    run.reset();
    onClose();
  };

  return (
    <ReasonDialog
      opened={command !== null}
      onClose={close}
      title={text.title}
      description={
        <>
          {ACTION_TYPE_LABELS[action.type]} against {action.subject.name} ({action.caseReference}). {text.what}
        </>
      }
      confirmLabel={text.confirm}
      confirmColor={text.color}
      pending={run.isPending}
      error={run.error}
      extraFields={command === 'execute' ? ['executionReference', 'executedAt'] : []}
      validate={() => {
        setChecked(true);
        return command !== 'execute' || reference.trim() !== '';
      }}
      onConfirm={(reason) => {
        if (command === null) return;
        const target = { caseId: action.caseId, actionId: action.id };
        const at = fromDateTimeInput(executedAt);
        const input =
          command === 'execute'
            ? {
                ...target,
                command,
                body: {
                  reason,
                  version: action.version,
                  executionReference: reference.trim(),
                  ...(at !== undefined ? { executedAt: at } : {}),
                },
              }
            : { ...target, command, body: { reason, version: action.version } };
        run.mutate(input, { onSuccess: close });
      }}
    >
      {command === 'execute' && (
        <>
          <TextInput
            label="Execution reference"
            description="The change ticket or operation id in the systems that carried it out"
            required
            data-autofocus
            {...fieldInput(errors, 'executionReference', reference, setReference)}
            error={
              checked && reference.trim() === ''
                ? 'Give the execution reference.'
                : errors.fieldError('executionReference')
            }
          />
          <TextInput
            label="Carried out at"
            description="Leave empty for now"
            type="datetime-local"
            {...fieldInput(errors, 'executedAt', executedAt, setExecutedAt)}
            maw={280}
          />
        </>
      )}
    </ReasonDialog>
  );
}
