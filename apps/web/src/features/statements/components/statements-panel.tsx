import { EmptyState, Modal, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { STATEMENT_DIRECTIONS } from '@ethics/domain';
import { GuardedButton } from '../../../components/guarded-button';
import { PanelHeader } from '../../../components/panel-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { CaseDetail } from '../../../lib/api-types';
import { useCaseWork } from '../../../lib/case-work';
import { scopeOfCase } from '../../../lib/permissions';
import { useUrlChoice } from '../../../lib/url-state';
import { useStatements } from '../../../api/statements/get-statements';
import { StatementCard } from './statement-card';
import { StatementForm } from './statement-form';

export function StatementsPanel({ detail }: { detail: CaseDetail }) {
  const statements = useStatements(detail.id);
  const [direction, setDirection] = useUrlChoice('direction', STATEMENT_DIRECTIONS, 'issued');
  const [writing, writeDialog] = useDisclosure(false);
  const caseWork = useCaseWork(detail.status);
  const scope = scopeOfCase(detail);
  const creating = caseWork(direction === 'issued' ? 'draft_statement' : 'record_received_statement', {
    action: 'create',
    type: 'Statement',
    doing: 'write statements',
    scope,
  });
  const mayCreate = creating.permission;
  const all = statements.data ?? [];
  const shown = all.filter((s) => s.direction === direction);
  const count = (d: string) => all.filter((s) => s.direction === d).length;

  return (
    <Stack gap="md">
      <PanelHeader title="Statements">
        <GuardedButton permission={mayCreate} onClick={writeDialog.open}>
          {direction === 'issued' ? 'Draft statement' : 'Record received statement'}
        </GuardedButton>
      </PanelHeader>
      <SegmentedControl
        aria-label="Direction"
        data={[
          { value: 'issued', label: `Issued by us (${String(count('issued'))})` },
          { value: 'received', label: `Received (${String(count('received'))})` },
        ]}
        value={direction}
        onChange={setDirection}
        w="fit-content"
      />
      {statements.isPending ? (
        <LoadingState label="Loading statements…" />
      ) : statements.isError ? (
        <ErrorState
          title="The statements could not be loaded"
          error={statements.error}
          onRetry={() => void statements.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          title={direction === 'issued' ? 'Nothing said yet' : 'Nothing received yet'}
          description={
            direction === 'issued'
              ? 'Draft what we say to the press, the customer, employees or a regulator.'
              : "Record the customer's reply, an NGO's reaction or a refusal to comment."
          }
          py="xl"
        />
      ) : (
        shown.map((s) => <StatementCard key={s.id} statement={s} scope={scope} />)
      )}
      <Modal
        opened={writing}
        onClose={writeDialog.close}
        title={direction === 'issued' ? 'Draft a statement' : 'Record a received statement'}
        size="xl"
      >
        <StatementForm
          caseId={detail.id}
          direction={direction}
          reasonRequired={creating.reasonRequired}
          onCancel={writeDialog.close}
          onCreated={() => {
            notifications.show({
              color: 'green',
              title: direction === 'issued' ? 'Draft saved' : 'Statement recorded',
              message: direction === 'issued' ? 'Submit it for review when it is ready.' : 'It is part of the case.',
            });
            writeDialog.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
