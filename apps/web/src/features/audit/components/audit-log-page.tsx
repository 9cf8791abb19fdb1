import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { FilteredInfiniteList } from '../../../components/filtered-infinite-list';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { useAuditEvents } from '../../../api/audit/get-audit-events';
import { itemsOfPages } from '../../../api/lists';
import { usePeopleNames } from '../../../api/users/get-people';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditEventTable } from './audit-event-table';
import { AuditFilters } from './audit-filters';
import { PermittedExportPanel } from './export-panel';

/** The auditor's log: every change and sensitive read, filterable, scrolling back to the first event. */
export function AuditLogPage() {
  useDocumentTitle('Audit log · Ethics case tracker');
  const current = useCurrentUser();
  const filterState = useAuditFilters();
  const query = useAuditEvents(filterState.filters);
  const names = usePeopleNames();
  const events = useMemo(() => itemsOfPages(query.data), [query.data]);
  const exportPermission = permissionTo(current, {
    action: 'export',
    type: 'AuditEvent',
    doing: 'export the audit log',
  });

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
      <PermittedExportPanel
        title="Export the audit trail"
        description={
          filterState.hasFilters
            ? 'The events matching the filters above, with their hashes, to verify offline.'
            : 'Every event, with its hashes, to verify offline.'
        }
        path="/api/v1/audit/export"
        fileStem="audit-events"
        query={filterState.filters}
        permission={exportPermission}
      />
      <FilteredInfiniteList
        label="Audit events"
        query={query}
        count={events.length}
        rowsNoun="events"
        loadingLabel="Loading the audit log…"
        errorTitle="The audit log could not be loaded"
        onClearFilters={filterState.hasFilters ? filterState.clear : undefined}
        emptyTitle={filterState.hasFilters ? 'No event matches these filters' : 'No events yet'}
        emptyDescription={filterState.hasFilters ? 'Widen the dates or clear a filter.' : undefined}
        endText={`${String(events.length)} ${events.length === 1 ? 'event' : 'events'}: the beginning of the log${
          filterState.hasFilters ? ' for these filters' : ''
        }.`}
      >
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
      </FilteredInfiniteList>
    </Stack>
  );
}
