import { EmptyState, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ACTION_STATUSES } from '@ethics/domain';
import { GuardedButton } from '../../../components/guarded-button';
import { PanelHeader } from '../../../components/panel-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { CaseDetail } from '../../../lib/api-types';
import { useCaseWork } from '../../../lib/case-work';
import { scopeOfCase } from '../../../lib/permissions';
import { useUrlChoice } from '../../../lib/url-state';
import { ACTION_STATUS_LABELS, type Option } from '../../../lib/vocabulary-labels';
import { useCaseActions } from '../../../api/actions/get-case-actions';
import { ActionCard } from './action-card';
import { ProposeActionForm } from './propose-action-form';

const FILTERS = ['all', ...ACTION_STATUSES] as const;

export interface ActionsPanelProps {
  detail: CaseDetail;
  findings: readonly Option[];
}

export function ActionsPanel({ detail, findings }: ActionsPanelProps) {
  const actions = useCaseActions(detail.id);
  const [proposing, proposeDialog] = useDisclosure(false);
  const [status, setStatus] = useUrlChoice('actionStatus', FILTERS, 'all');
  const caseWork = useCaseWork(detail.status);
  const scope = scopeOfCase(detail);
  const mayPropose = caseWork('propose_action', { action: 'create', type: 'EnforcementAction', scope }).permission;
  const shown = (actions.data ?? []).filter((a) => status === 'all' || a.status === status);

  return (
    <Stack gap="md">
      <PanelHeader title="Enforcement actions">
        <GuardedButton permission={mayPropose} onClick={proposeDialog.open}>
          Propose action
        </GuardedButton>
      </PanelHeader>
      <SegmentedControl
        aria-label="Show actions"
        data={FILTERS.map((f) => ({ value: f, label: f === 'all' ? 'All' : ACTION_STATUS_LABELS[f] }))}
        value={status}
        onChange={setStatus}
        w="fit-content"
        size="xs"
      />
      {actions.isPending ? (
        <LoadingState label="Loading actions…" />
      ) : actions.isError ? (
        <ErrorState
          title="The actions could not be loaded"
          error={actions.error}
          onRetry={() => void actions.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          title={
            status === 'all' ? 'No enforcement action yet' : `No ${ACTION_STATUS_LABELS[status].toLowerCase()} action`
          }
          description="Actions on the customer's services are proposed here, then approved by another lead."
          py="xl"
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {shown.length} {shown.length === 1 ? 'action' : 'actions'}
          </Text>
          {shown.map((a) => (
            <ActionCard key={a.id} action={a} scope={scope} />
          ))}
        </>
      )}
      <Modal opened={proposing} onClose={proposeDialog.close} title="Propose an enforcement action" size="xl">
        <ProposeActionForm
          caseId={detail.id}
          findings={findings}
          onCancel={proposeDialog.close}
          onProposed={() => {
            notifications.show({
              color: 'green',
              title: 'Action proposed',
              message: 'It now waits for the approval of a lead other than you.',
            });
            proposeDialog.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
