import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import { useActionHistory } from '../../../api/actions/get-actions';
import { usePeople } from '../../../api/users/get-people';
import { useActionFilters } from '../hooks/use-action-filters';
import { useInfiniteSentinel } from '../hooks/use-infinite-sentinel';
import { ActionFilters } from './action-filters';
import { ActionHistoryTable } from './action-history-table';
import { ExportPanel } from './export-panel';

/** Every enforcement action, with who proposed, approved, executed and reversed it, and when. */
export function ActionHistoryPage() {
  useDocumentTitle('Action history · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useActionFilters();
  const query = useActionHistory(filterState.filters);
  const canReadPeople = current.ability.can('read', 'User');
  const people = usePeople(canReadPeople);
  const catalogue = useServiceCatalogue();
  const actions = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const names = useMemo(() => new Map((people.data ?? []).map((person) => [person.id, person.name])), [people.data]);
  const serviceLabel = useMemo(() => {
    const labels = new Map((catalogue.data ?? []).map((service) => [service.key, service.label]));
    return (key: string) => labels.get(key) ?? key;
  }, [catalogue.data]);
  const exportPermission = permissionTo(current, {
    action: 'export',
    type: 'EnforcementAction',
    doing: 'export the action history',
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
      type: filters.type,
      status: filters.status,
      subjectId: filters.subjectId,
      from: filters.from,
      to: filters.to,
    }),
    [filters],
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Action history</Title>
        <Text size="sm" c="dimmed">
          Every enforcement action taken on a customer&apos;s services, newest first.
        </Text>
      </div>
      <ActionFilters state={filterState} />
      {(exportPermission.allowed || !exportPermission.hidden) && (
        <ExportPanel
          title="Export the action history"
          description={filterState.hasFilters ? 'The actions matching the filters above.' : 'Every enforcement action.'}
          path="/api/v1/actions/export"
          fileStem="enforcement-actions"
          query={exportQuery}
          deniedReason={exportPermission.allowed ? null : exportPermission.reason}
        />
      )}
      <section aria-label="Enforcement actions">
        {query.isPending ? (
          <LoadingState label="Loading the action history…" />
        ) : query.isError && actions.length === 0 ? (
          <ErrorState
            title="The action history could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : actions.length === 0 ? (
          <EmptyState
            title={filterState.hasFilters ? 'No action matches these filters' : 'No enforcement action yet'}
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
            <ActionHistoryTable
              actions={actions}
              names={names}
              serviceLabel={serviceLabel}
              busy={query.isPlaceholderData}
            />
            <div ref={sentinel} aria-hidden="true" />
            {isFetchNextPageError && (
              <Alert color="red" variant="light" role="alert" title="More actions could not be loaded">
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
                    Loading older actions…
                  </Text>
                </Group>
              ) : hasNextPage ? (
                <Button variant="default" size="xs" onClick={() => void fetchNextPage()}>
                  Load older actions ({actions.length} shown)
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {actions.length} {actions.length === 1 ? 'action' : 'actions'}
                  {filterState.hasFilters ? ' match these filters' : ' in all'}.
                </Text>
              )}
            </Center>
          </Stack>
        )}
      </section>
    </Stack>
  );
}
