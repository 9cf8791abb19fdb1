import { Badge } from '@mantine/core';
import type { ActionStatus } from '@ethics/domain';
import { ACTION_STATUS_LABELS } from '../../../lib/vocabulary-labels';

const COLORS: Record<ActionStatus, string> = {
  proposed: 'yellow',
  approved: 'blue',
  rejected: 'gray',
  executed: 'green',
  reversed: 'orange',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return (
    <Badge color={COLORS[status]} variant={status === 'executed' ? 'filled' : 'light'} radius="sm">
      {ACTION_STATUS_LABELS[status]}
    </Badge>
  );
}
