import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
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

export function CasesTable({ cases, caption, busy = false }: CasesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        captionSide="bottom"
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reference</Table.Th>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Opened</Table.Th>
            <Table.Th scope="col">SLA</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace" size="sm">
                  {c.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={c.severity} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateText iso={c.openedAt} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.dueAt === null ? (
                  <Text size="sm" c="dimmed">
                    No due date
                  </Text>
                ) : (
                  <DueBadge dueAt={c.dueAt} finished={isFinished(c.status)} finishedAt={c.closedAt} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
