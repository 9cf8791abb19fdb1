import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { OutcomesMetrics } from './chart-data';
import { SeverityBadge } from '../../../components/severity-badge';
import { CASE_STATUS_LABELS as STATUS_LABELS } from '../../../lib/vocabulary-labels';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatOverdue(days: number): string {
  if (days === 0) return 'Due today';
  return `${String(days)} ${days === 1 ? 'day' : 'days'} overdue`;
}

/** The most overdue open cases, each linking to its one-page summary. */
export function OverdueCases({ overdue }: { overdue: OutcomesMetrics['overdueCases'] }) {
  const { count, items } = overdue;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overdue-title">
      <Title order={4} size="h5" id="overdue-title" mb="xs">
        Overdue cases{' '}
        <Badge color={count > 0 ? 'red' : 'gray'} variant="light" radius="sm" ml={4}>
          {count}
        </Badge>
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          No open case is past its due date.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover>
            {count > items.length && (
              <caption>
                The {items.length} most overdue of {count}
              </caption>
            )}
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Case</Table.Th>
                <Table.Th scope="col">Severity</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Due</Table.Th>
                <Table.Th scope="col" ta="right">
                  Overdue
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${item.id}/summary`} fw={600} size="sm">
                      {item.reference}
                    </Anchor>
                    <Text size="sm" lineClamp={1}>
                      {item.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={item.severity} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{STATUS_LABELS[item.status]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <time dateTime={item.dueAt}>{DATE.format(new Date(item.dueAt))}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={600} c={item.daysOverdue > 30 ? 'red.8' : undefined}>
                      {formatOverdue(item.daysOverdue)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
