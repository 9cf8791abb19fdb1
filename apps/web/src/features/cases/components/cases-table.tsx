import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import { CaseStatusBadge } from '../../../components/case-status-badge';
import { DateText } from '../../../components/date-text';
import { DueBadge } from '../../../components/due-badge';
import { SeverityBadge } from '../../../components/severity-badge';
import type { CaseSummary } from '../../../lib/api-types';

export interface CasesTableProps {
  cases: readonly CaseSummary[];
  caption: string;
  busy?: boolean;
}

export function isFinished(status: CaseSummary['status']): boolean {
  return status === 'closed' || status === 'dismissed';
}

const CASE_COLUMNS: readonly TableColumn<CaseSummary>[] = [
  {
    header: 'Reference',
    rowHeader: true,
    nowrap: true,
    cell: (c) => (
      <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace" size="sm">
        {c.reference}
      </Anchor>
    ),
  },
  {
    header: 'Title',
    cell: (c) => (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" lineClamp={2}>
          {c.title}
        </Text>
        {c.restricted && (
          <Badge
            variant="outline"
            color="grape"
            size="sm"
            radius="sm"
            miw="max-content"
            title="Visible only to members of the case, auditors and executives"
          >
            Restricted
          </Badge>
        )}
      </Group>
    ),
  },
  { header: 'Severity', cell: (c) => <SeverityBadge severity={c.severity} /> },
  { header: 'Status', nowrap: true, cell: (c) => <CaseStatusBadge status={c.status} /> },
  { header: 'Opened', nowrap: true, cell: (c) => <DateText iso={c.openedAt} /> },
  {
    header: 'SLA',
    nowrap: true,
    cell: (c) =>
      c.dueAt === null ? (
        <Text size="sm" c="dimmed">
          No due date
        </Text>
      ) : (
        <DueBadge dueAt={c.dueAt} finished={isFinished(c.status)} finishedAt={c.closedAt} />
      ),
  },
];

export function CasesTable({ cases, caption, busy = false }: CasesTableProps) {
  return (
    <ColumnsTable
      columns={CASE_COLUMNS}
      rows={cases}
      caption={caption}
      busy={busy}
      minWidth={720}
      striped
      highlightOnHover
      verticalSpacing="sm"
      captionSide="bottom"
    />
  );
}
