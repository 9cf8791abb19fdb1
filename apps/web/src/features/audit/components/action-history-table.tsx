import { Anchor, Badge, List, Stack, Text } from '@mantine/core';
import type { ActionStatus } from '@ethics/domain';
import { Link } from 'react-router';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import type { EnforcementAction } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/dates';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS } from '../../../lib/vocabulary-labels';

const STATUS_COLORS: Record<ActionStatus, string> = {
  proposed: 'yellow',
  approved: 'blue',
  rejected: 'gray',
  executed: 'green',
  reversed: 'grape',
};

export interface ActionStep {
  label: string;
  by: string | null;
  at: string;
  reason: string | null;
}

/** Who proposed, decided, executed and reversed the action, and when, in that order. */
export function actionSteps(action: EnforcementAction): ActionStep[] {
  const steps: ActionStep[] = [{ label: 'Proposed', by: action.proposedBy, at: action.proposedAt, reason: null }];
  if (action.decidedAt) {
    steps.push({
      label: action.status === 'rejected' ? 'Rejected' : 'Approved',
      by: action.decidedBy,
      at: action.decidedAt,
      reason: action.decisionReason,
    });
  }
  if (action.executedAt) {
    steps.push({ label: 'Executed', by: action.executedBy, at: action.executedAt, reason: action.executionReason });
  }
  if (action.reversedAt) {
    steps.push({ label: 'Reversed', by: action.reversedBy, at: action.reversedAt, reason: action.reversalReason });
  }
  return steps;
}

export interface ActionHistoryTableProps {
  actions: readonly EnforcementAction[];
  names: ReadonlyMap<string, string>;
  serviceLabel: (key: string) => string;
  busy: boolean;
}

export function ActionHistoryTable({ actions, names, serviceLabel, busy }: ActionHistoryTableProps) {
  const nameOf = (id: string | null) => (id === null ? 'someone' : (names.get(id) ?? id.slice(0, 8)));
  const columns: TableColumn<EnforcementAction>[] = [
    {
      header: 'Action',
      maxWidth: 360,
      cell: (action) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {ACTION_TYPE_LABELS[action.type]}: {action.subject.name}
          </Text>
          <Text size="xs" c="dimmed">
            {action.services.map(serviceLabel).join(', ') || 'No service named'}
          </Text>
          <Text size="xs" lineClamp={2}>
            {action.scope}
          </Text>
        </Stack>
      ),
    },
    {
      header: 'Case',
      nowrap: true,
      cell: (action) => (
        <Anchor component={Link} to={`/cases/${action.caseId}/summary`} size="sm" ff="monospace">
          {action.caseReference}
        </Anchor>
      ),
    },
    {
      header: 'Status',
      cell: (action) => (
        <Badge color={STATUS_COLORS[action.status]} variant="light" radius="sm">
          {ACTION_STATUS_LABELS[action.status]}
        </Badge>
      ),
    },
    {
      header: 'Who and when',
      cell: (action) => (
        <List size="xs" spacing={2} listStyleType="none" m={0} p={0}>
          {actionSteps(action).map((step) => (
            <List.Item key={step.label}>
              <Text span size="xs" fw={600}>
                {step.label}
              </Text>{' '}
              by {nameOf(step.by)}, <time dateTime={step.at}>{formatDateTime(step.at)}</time>
              {step.reason && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  “{step.reason}”
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      ),
    },
  ];
  return <ColumnsTable columns={columns} rows={actions} minWidth={760} verticalSpacing="sm" striped busy={busy} />;
}
