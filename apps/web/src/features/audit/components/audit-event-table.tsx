import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { Schemas } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/dates';
import { ROLE_LABELS, labelOf } from '../../../lib/vocabulary-labels';
import { AuditEventDetails } from './audit-event-details';

type AuditEvent = Schemas['AuditEventDto'];

export interface AuditEventTableProps {
  events: readonly AuditEvent[];
  /** Names by user id; ids are shown for anyone not in it. */
  names: ReadonlyMap<string, string>;
  busy: boolean;
  onFilterCase: (caseId: string) => void;
  onFilterActor: (actorId: string) => void;
}

function actionColor(action: string): string {
  if (action.startsWith('access.denied') || action.endsWith('_failed')) return 'red';
  if (action.startsWith('auth.')) return 'gray';
  if (action.startsWith('audit.') || action.endsWith('.exported')) return 'grape';
  if (action.startsWith('action.')) return 'orange';
  if (action.startsWith('evidence.')) return 'teal';
  return 'indigo';
}

/** The log, newest first; each row opens to show the whole event. */
export function AuditEventTable({ events, names, busy, onFilterCase, onFilterActor }: AuditEventTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        verticalSpacing="xs"
        highlightOnHover
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={70}>
              #
            </Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Entity</Table.Th>
            <Table.Th scope="col" w={110}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.id);
            const detailsId = `audit-event-${event.id}`;
            const actor = event.actorId ? (names.get(event.actorId) ?? event.actorId.slice(0, 8)) : 'System';
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {event.seq}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{actor}</Text>
                    {event.actorRole && (
                      <Text size="xs" c="dimmed">
                        {labelOf(ROLE_LABELS, event.actorRole)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={actionColor(event.action)} radius="sm" tt="none" fw={600}>
                      {event.action}
                    </Badge>
                    {event.reason && (
                      <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
                        “{event.reason}”
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.entityType}</Text>
                    {event.entityId && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {event.entityId.slice(0, 8)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant={expanded ? 'light' : 'subtle'}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={`${expanded ? 'Hide' : 'Show'} details of event ${String(event.seq)}`}
                      onClick={() => {
                        toggle(event.id);
                      }}
                    >
                      {expanded ? 'Hide' : 'Details'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId} bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={6}>
                      <AuditEventDetails event={event} onFilterCase={onFilterCase} onFilterActor={onFilterActor} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
