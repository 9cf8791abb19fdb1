import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { FilteredInfiniteList } from '../../../components/filtered-infinite-list';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import { useActionHistory } from '../../../api/actions/get-actions';
import { itemsOfPages } from '../../../api/lists';
import { usePeopleNames } from '../../../api/users/get-people';
import { useActionFilters } from '../hooks/use-action-filters';
import { ActionFilters } from './action-filters';
import { ActionHistoryTable } from './action-history-table';
import { PermittedExportPanel } from './export-panel';

/** Every enforcement action, with who proposed, approved, executed and reversed it, and when. */
export function ActionHistoryPage() {
  useDocumentTitle('Action history · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useActionFilters();
  const query = useActionHistory(filterState.filters);
  const canReadPeople = current.ability.can('read', 'User');
  const names = usePeopleNames(canReadPeople);
  const catalogue = useServiceCatalogue();
  const actions = useMemo(() => itemsOfPages(query.data), [query.data]);
  const serviceLabel = useMemo(() => {
    const labels = new Map((catalogue.data ?? []).map((service) => [service.key, service.label]));
    return (key: string) => labels.get(key) ?? key;
  }, [catalogue.data]);
  const exportPermission = permissionTo(current, {
    action: 'export',
    type: 'EnforcementAction',
    doing: 'export the action history',
  });

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Action history</Title>
        <Text size="sm" c="dimmed">
          Every enforcement action taken on a customer&apos;s services, newest first.
        </Text>
      </div>
      <ActionFilters state={filterState} />
      <PermittedExportPanel
        title="Export the action history"
        description={filterState.hasFilters ? 'The actions matching the filters above.' : 'Every enforcement action.'}
        path="/api/v1/actions/export"
        fileStem="enforcement-actions"
        query={filterState.filters}
        permission={exportPermission}
      />
      <FilteredInfiniteList
        label="Enforcement actions"
        query={query}
        count={actions.length}
        rowsNoun="actions"
        loadingLabel="Loading the action history…"
        errorTitle="The action history could not be loaded"
        onClearFilters={filterState.hasFilters ? filterState.clear : undefined}
        emptyTitle={filterState.hasFilters ? 'No action matches these filters' : 'No enforcement action yet'}
        endText={`${String(actions.length)} ${actions.length === 1 ? 'action' : 'actions'}${
          filterState.hasFilters ? ' match these filters' : ' in all'
        }.`}
      >
        <ActionHistoryTable
          actions={actions}
          names={names}
          serviceLabel={serviceLabel}
          busy={query.isPlaceholderData}
        />
      </FilteredInfiniteList>
    </Stack>
  );
}
