import { notifications } from '@mantine/notifications';
import type { CaseScope } from '@ethics/authz';
import { STATEMENT_COMMANDS, type StatementCommand } from '@ethics/domain';
import { useState } from 'react';
import { CommandButtons } from '../../../components/command-buttons';
import { ReasonDialog } from '../../../components/reason-dialog';
import type { Statement } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { useStatementCommand } from '../../../api/statements/statement-lifecycle';
import { statementCommandPermission, statementCommandsFrom } from '../hooks/statement-permissions';

const TEXT: Record<StatementCommand, { label: string; title: string; what: string; done: string }> = {
  submit: {
    label: 'Submit for review',
    title: 'Submit the statement for review',
    what: 'It can no longer be edited; a lead or an executive reviews it.',
    done: 'Submitted for review',
  },
  approve: {
    label: 'Approve',
    title: 'Approve the statement',
    what: 'Once approved, a lead can publish it.',
    done: 'Statement approved',
  },
  publish: {
    label: 'Publish',
    title: 'Publish the statement',
    what: 'Record that it was issued to its audience.',
    done: 'Statement published',
  },
};

function statementCommandsDone(status: Statement['status']): string {
  const command = (Object.keys(TEXT) as StatementCommand[]).find((c) => STATEMENT_COMMANDS[c].to === status);
  return command === undefined ? 'Statement updated' : TEXT[command].done;
}

export function StatementLifecycleButtons({ statement, scope }: { statement: Statement; scope?: CaseScope }) {
  const current = useCurrentUser();
  const [command, setCommand] = useState<StatementCommand | null>(null);
  const run = useStatementCommand({
    onDone: (updated) => {
      const done = statementCommandsDone(updated.status);
      notifications.show({ color: 'green', title: done, message: 'Your reason is in the audit trail.' });
    },
  });
  const commands = statementCommandsFrom(statement.status).map((c) => ({
    command: c,
    label: TEXT[c].label,
    permission: statementCommandPermission(current, statement, c, scope),
    variant: c === 'approve' ? 'filled' : 'default',
    color: c === 'approve' ? 'green' : undefined,
  }));
  if (commands.length === 0) return null;
  const text = command === null ? TEXT.submit : TEXT[command];
  const close = () => {
    setCommand(null);
    run.reset();
  };

  return (
    <>
      <CommandButtons
        choices={commands}
        onChoose={(c) => {
          setCommand(c);
        }}
      />
      <ReasonDialog
        opened={command !== null}
        onClose={close}
        title={text.title}
        description={text.what}
        confirmLabel={text.label}
        pending={run.isPending}
        error={run.error}
        onConfirm={(reason) => {
          if (command === null) return;
          run.mutate(
            {
              caseId: statement.caseId,
              statementId: statement.id,
              command,
              body: { reason, version: statement.version },
            },
            { onSuccess: close },
          );
        }}
      />
    </>
  );
}
