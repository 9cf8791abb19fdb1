import { EmptyState, Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useCurrentUser } from '../../../lib/current-user';
import { usePendingActions } from '../../../api/actions/get-actions';
import { ActionCard } from './action-card';

/** Proposed actions on every case the lead may see; their own proposals are shown but cannot be decided. */
export function PendingActions() {
  const { user } = useCurrentUser();
  const pending = usePendingActions();
  if (pending.isPending) return <LoadingState label="Loading proposed actions…" />;
  if (pending.isError) {
    return (
      <ErrorState
        title="The proposed actions could not be loaded"
        error={pending.error}
        onRetry={() => void pending.refetch()}
      />
    );
  }
  if (pending.data.length === 0) {
    return <EmptyState title="No action waits for a decision" description="Proposed actions appear here." py="lg" />;
  }
  const others = pending.data.filter((a) => a.proposedBy !== user.id).length;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {others} {others === 1 ? 'proposal' : 'proposals'} by others waiting for your decision
        {pending.data.length > others &&
          `, ${String(pending.data.length - others)} of your own waiting for someone else`}
        .
      </Text>
      {pending.data.map((a) => (
        <ActionCard key={a.id} action={a} showCase />
      ))}
    </Stack>
  );
}
