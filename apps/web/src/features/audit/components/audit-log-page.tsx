import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { useAuditEvents } from '../../../api/audit/get-audit-events';
import { usePeople } from '../../../api/users/get-people';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { useInfiniteSentinel } from '../hooks/use-infinite-sentinel';
import { AuditEventTable } from './audit-event-table';
import { AuditFilters } from './audit-filters';
import { ExportPanel } from './export-panel';

/** The auditor's log: every change and sensitive read, filterable, scrolling back to the first event. */
export function AuditLogPage() {
  useDocumentTitle('Audit log · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useAuditFilters();
  const query = useAuditEvents(filterState.filters);
  const people = usePeople();
  const events = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const names = useMemo(() => new Map((people.data ?? []).map((person) => [person.id, person.name])), [people.data]);
  const exportPermission = permissionTo(current, {
    action: 'export',
    type: 'AuditEvent',
    doing: 'export the audit log',
  });

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const sentinel = useInfiniteSentinel<HTMLDivElement>(
    () => {
      if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
    },
    hasNextPage && !isFetchNextPageError,
    query.data?.pages.length ?? 0,
  );

  const { filters } = filterState;
  const exportQuery = useMemo(
    () => ({
      caseId: filters.caseId,
      actorId: filters.actorId,
      action: filters.action,
      entityType: filters.entityType,
      from: filters.from,
      to: filters.to,
    }),
    [filters],
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>Audit log</Title>
          <Text size="sm" c="dimmed">
            Every change and every sensitive read, newest first. Events are chained by hash and never altered.
          </Text>
        </div>
        <Button component={Link} to="/audit/verify" variant="default">
          Verify the chain
        </Button>
      </Group>
      <AuditFilters state={filterState} />
      {exportPermission.allowed || !exportPermission.hidden ? (
        <ExportPanel
          title="Export the audit trail"
          description={
            filterState.hasFilters
              ? 'The events matching the filters above, with their hashes, to verify offline.'
              : 'Every event, with its hashes, to verify offline.'
          }
          path="/api/v1/audit/export"
          fileStem="audit-events"
          query={exportQuery}
          deniedReason={exportPermission.allowed ? null : exportPermission.reason}
        />
      ) : null}
      <section aria-label="Audit events">
        {query.isPending ? (
          <LoadingState label="Loading the audit log…" />
        ) : query.isError && events.length === 0 ? (
          <ErrorState
            title="The audit log could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : events.length === 0 ? (
          <EmptyState
            title={filterState.hasFilters ? 'No event matches these filters' : 'No events yet'}
            description={filterState.hasFilters ? 'Widen the dates or clear a filter.' : undefined}
            py="xl"
          >
            {filterState.hasFilters && (
              <EmptyState.Actions>
                <Button variant="default" onClick={filterState.clear}>
                  Clear filters
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <Stack gap="sm">
            <AuditEventTable
              events={events}
              names={names}
              busy={query.isPlaceholderData}
              onFilterCase={(caseId) => {
                filterState.set({ caseId });
              }}
              onFilterActor={(actorId) => {
                filterState.set({ actorId });
              }}
            />
            <div ref={sentinel} aria-hidden="true" />
            {isFetchNextPageError && (
              <Alert color="red" variant="light" role="alert" title="More events could not be loaded">
                <Group gap="sm">
                  <Text size="sm">{errorMessage(query.error)}</Text>
                  <Button size="xs" variant="default" onClick={() => void fetchNextPage()}>
                    Try again
                  </Button>
                </Group>
              </Alert>
            )}
            <Center role="status">
              {isFetchingNextPage ? (
                <Group gap="xs">
                  <Loader size="xs" />
                  <Text size="sm" c="dimmed">
                    Loading older events…
                  </Text>
                </Group>
              ) : hasNextPage ? (
                // The sentinel loads more as you scroll; the button does it for keyboards.
                <Button variant="default" size="xs" onClick={() => void fetchNextPage()}>
                  Load older events ({events.length} shown)
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {events.length} {events.length === 1 ? 'event' : 'events'}: the beginning of the log
                  {filterState.hasFilters ? ' for these filters' : ''}.
                </Text>
              )}
            </Center>
          </Stack>
        )}
      </section>
    </Stack>
  );
}
