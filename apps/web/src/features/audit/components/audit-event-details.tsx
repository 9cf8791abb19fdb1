import { Badge, Button, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { HashText } from '../../../components/hash-text';
import type { Schemas } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/dates';
import { fieldChanges, formatValue } from './json-value';

type AuditEvent = Schemas['AuditEventDto'];

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}

function Changes({ event }: { event: AuditEvent }) {
  const changes = fieldChanges(event.before, event.after);
  if (changes.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        Before and after
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder verticalSpacing={4} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field} bg={change.changed ? 'var(--mantine-color-yellow-light)' : undefined}>
                <Table.Th scope="row" fw={500}>
                  {change.field}
                  {change.changed && (
                    <Badge size="xs" variant="outline" color="dark" ml={6} radius="sm">
                      changed
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {formatValue(change.before)}
                </Table.Td>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {formatValue(change.after)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export interface AuditEventDetailsProps {
  event: AuditEvent;
  onFilterCase: (caseId: string) => void;
  onFilterActor: (actorId: string) => void;
}

/** Everything an event holds: its facts, its changes, its metadata and its place in the chain. */
export function AuditEventDetails({ event, onFilterCase, onFilterActor }: AuditEventDetailsProps) {
  return (
    <Stack gap="sm" py="xs">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        <Detail term="Event">
          <Text span ff="monospace" size="xs">
            {event.id}
          </Text>
        </Detail>
        <Detail term="When (UTC)">
          <time dateTime={event.occurredAt} title={formatDateTime(event.occurredAt)}>
            {event.occurredAt}
          </time>
        </Detail>
        <Detail term="Entity">
          {event.entityType}
          {event.entityId && (
            <Text span ff="monospace" size="xs" display="block">
              {event.entityId}
            </Text>
          )}
        </Detail>
        <Detail term="Reason">{event.reason ?? '—'}</Detail>
        <Detail term="Request id">
          <Text span ff="monospace" size="xs">
            {event.requestId ?? '—'}
          </Text>
        </Detail>
        <Detail term="Client address">{event.clientAddress ?? '—'}</Detail>
        <Detail term="Role at the time">{event.actorRole ?? 'System'}</Detail>
        <Detail term="Case">
          {event.caseId ? (
            <Text span ff="monospace" size="xs">
              {event.caseId}
            </Text>
          ) : (
            '—'
          )}
        </Detail>
      </SimpleGrid>
      <Changes event={event} />
      {event.metadata !== null && Object.keys(event.metadata).length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            Metadata
          </Title>
          <Code block fz="xs">
            {JSON.stringify(event.metadata, null, 2)}
          </Code>
        </Stack>
      )}
      <Stack gap={2}>
        <Title order={4} size="h6">
          Chain
        </Title>
        <Text size="xs" c="dimmed">
          Event {event.seq}: its hash covers its content and the previous event&apos;s hash.
        </Text>
        <HashText value={event.hash} label="Hash" />
        <HashText value={event.prevHash} label="Previous hash" />
      </Stack>
      <Group gap="xs">
        {event.caseId && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => {
              if (event.caseId) onFilterCase(event.caseId);
            }}
          >
            Only this case
          </Button>
        )}
        {event.actorId && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => {
              if (event.actorId) onFilterActor(event.actorId);
            }}
          >
            Only this person
          </Button>
        )}
      </Group>
    </Stack>
  );
}
