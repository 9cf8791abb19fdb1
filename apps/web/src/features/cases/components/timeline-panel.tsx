import { Badge, Code, Group, Spoiler, Stack, Text, Timeline, Title } from '@mantine/core';
import { DateText } from '../../../components/date-text';
import { ListStates } from '../../../components/list-states';
import type { TimelineEntry } from '../../../lib/api-types';
import { useTimeline } from '../../../api/timeline/get-timeline';
import { itemsOfPages } from '../../../api/lists';
import { LoadMoreButton } from '../../../components/load-more';

const KIND_COLORS: Record<string, string> = {
  case: 'indigo',
  allegation: 'blue',
  evidence: 'cyan',
  task: 'gray',
  finding: 'violet',
  action: 'orange',
  statement: 'teal',
};

function colorOf(kind: TimelineEntry['kind']): string {
  return KIND_COLORS[kind.split('.')[0] ?? ''] ?? 'gray';
}

function detailText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details).filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (entries.length === 0) return null;
  return (
    <Spoiler maxHeight={48} showLabel="Show details" hideLabel="Hide details" fz="sm">
      <Stack gap={2} mt={4}>
        {entries.map(([key, value]) => (
          <Text key={key} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            <Code>{key}</Code> {detailText(value)}
          </Text>
        ))}
      </Stack>
    </Spoiler>
  );
}

/** The case's story, oldest first: dated records and audit events as the API derives them. */
export function TimelinePanel({ caseId }: { caseId: string }) {
  const timeline = useTimeline(caseId);
  const entries = itemsOfPages(timeline.data);

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Timeline
      </Title>
      <ListStates
        query={timeline}
        count={entries.length}
        loadingLabel="Loading the timeline…"
        errorTitle="The timeline could not be loaded"
        emptyTitle="Nothing has happened yet"
      >
        <Timeline bulletSize={14} lineWidth={2} active={entries.length} aria-label="Timeline of the case">
          {entries.map((entry) => (
            <Timeline.Item
              key={`${entry.kind}:${entry.id}:${entry.at}`}
              color={colorOf(entry.kind)}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {entry.title}
                  </Text>
                  <Badge size="xs" variant="light" color={colorOf(entry.kind)} radius="sm" tt="none">
                    {entry.kind}
                  </Badge>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                <DateText iso={entry.at} withTime />
                {entry.actorName !== null && ` · ${entry.actorName}`}
              </Text>
              {entry.reason !== null && (
                <Text size="sm" mt={4}>
                  Reason: {entry.reason}
                </Text>
              )}
              {entry.details !== undefined && <Details details={entry.details} />}
            </Timeline.Item>
          ))}
        </Timeline>
        <LoadMoreButton query={timeline} label="Load later events" />
      </ListStates>
    </Stack>
  );
}
