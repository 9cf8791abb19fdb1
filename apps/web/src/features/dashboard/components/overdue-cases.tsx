import { Anchor, Badge, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { OutcomesMetrics } from './chart-data';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import { SeverityBadge } from '../../../components/severity-badge';
import { CASE_STATUS_LABELS as STATUS_LABELS } from '../../../lib/vocabulary-labels';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatOverdue(days: number): string {
  if (days === 0) return 'Due today';
  return `${String(days)} ${days === 1 ? 'day' : 'days'} overdue`;
}

const OVERDUE_COLUMNS: readonly TableColumn<OutcomesMetrics['overdueCases']['items'][number]>[] = [
  {
    header: 'Case',
    cell: (item) => (
      <>
        <Anchor component={Link} to={`/cases/${item.id}/summary`} fw={600} size="sm">
          {item.reference}
        </Anchor>
        <Text size="sm" lineClamp={1}>
          {item.title}
        </Text>
      </>
    ),
  },
  { header: 'Severity', cell: (item) => <SeverityBadge severity={item.severity} /> },
  { header: 'Status', cell: (item) => <Text size="sm">{STATUS_LABELS[item.status]}</Text> },
  {
    header: 'Due',
    cell: (item) => (
      <Text size="sm">
        <time dateTime={item.dueAt}>{DATE.format(new Date(item.dueAt))}</time>
      </Text>
    ),
  },
  {
    header: 'Overdue',
    align: 'right',
    cell: (item) => (
      <Text size="sm" fw={600} c={item.daysOverdue > 30 ? 'red.8' : undefined}>
        {formatOverdue(item.daysOverdue)}
      </Text>
    ),
  },
];

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
        <ColumnsTable
          columns={OVERDUE_COLUMNS}
          rows={items}
          caption={count > items.length ? `The ${String(items.length)} most overdue of ${String(count)}` : undefined}
          minWidth={640}
          verticalSpacing="xs"
          highlightOnHover
        />
      )}
    </Paper>
  );
}
