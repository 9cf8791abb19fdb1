import { Anchor, EmptyState, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-states';
import { usePendingActions } from '../../api/actions/get-actions';
import { CasesTable, isFinished } from '../../features/cases/components/cases-table';
import { useMyCases } from '../../features/cases/hooks/use-my-cases';
import { MyTasks } from '../../features/review/components/my-tasks';
import { useCurrentUser } from '../../lib/current-user';
import { isPast } from '../../lib/dates';
import { useUrlChoice } from '../../lib/url-state';
import { itemsOfPages } from '../../api/lists';
import { LoadMoreButton } from '../../components/load-more';

const CASE_SCOPES = ['open', 'all'] as const;

function Stat({ label, value, tone }: { label: string; value: number | string; tone?: 'red' }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xl" fw={700} c={tone}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

/** A reviewer's or lead's start page: their cases with SLA state, and the tasks due on them. */
export function QueuePage() {
  useDocumentTitle('My queue · Ethics case tracker');
  const { user, ability } = useCurrentUser();
  const [scope, setScope] = useUrlChoice('cases', CASE_SCOPES, 'open');
  const myCases = useMyCases({ includeFinished: scope === 'all' });
  const cases = itemsOfPages(myCases.data);
  const open = cases.filter((c) => !isFinished(c.status));
  const overdue = open.filter((c) => isPast(c.dueAt)).length;
  const mayApprove = ability.can('approve', 'EnforcementAction');
  const pending = usePendingActions({ enabled: mayApprove });
  const waiting = (pending.data ?? []).filter((a) => a.proposedBy !== user.id).length;

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={2}>My queue</Title>
        <Text c="dimmed" size="sm">
          Cases you are a member of, and the tasks due on them.
        </Text>
      </Stack>

      <SimpleGrid cols={{ base: 2, sm: mayApprove ? 3 : 2 }} maw={640}>
        <Stat label="Open cases" value={myCases.isPending ? '…' : open.length} />
        <Stat label="Overdue cases" value={myCases.isPending ? '…' : overdue} tone={overdue > 0 ? 'red' : undefined} />
        {mayApprove && (
          <Anchor component={Link} to="/approvals" underline="never" c="inherit">
            <Stat label="Actions waiting for you" value={pending.isPending ? '…' : waiting} />
          </Anchor>
        )}
      </SimpleGrid>

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            My cases
          </Title>
          <SegmentedControl
            aria-label="Which cases"
            size="xs"
            data={[
              { value: 'open', label: 'Open' },
              { value: 'all', label: 'Including closed' },
            ]}
            value={scope}
            onChange={setScope}
          />
        </Group>
        {myCases.isPending ? (
          <LoadingState label="Loading your cases…" />
        ) : myCases.isError && cases.length === 0 ? (
          <ErrorState
            title="Your cases could not be loaded"
            error={myCases.error}
            onRetry={() => void myCases.refetch()}
          />
        ) : cases.length === 0 ? (
          <EmptyState
            title={scope === 'open' ? 'No open case of yours' : 'You are not on any case'}
            description="Cases you open or are added to appear here."
            py="lg"
          />
        ) : (
          <>
            <CasesTable
              cases={cases}
              busy={myCases.isPlaceholderData}
              caption={`${String(cases.length)} ${cases.length === 1 ? 'case' : 'cases'}${myCases.hasNextPage ? ' so far' : ''}`}
            />
            <LoadMoreButton query={myCases} />
          </>
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h4">
          Tasks due
        </Title>
        {myCases.isPending ? (
          <LoadingState label="Loading tasks…" />
        ) : (
          <MyTasks cases={open.map((c) => ({ id: c.id, reference: c.reference, title: c.title }))} />
        )}
      </Stack>
    </Stack>
  );
}
