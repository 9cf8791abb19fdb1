import { Badge, Group, Table, Text } from '@mantine/core';
import type { CaseSummary } from '../../../lib/api-types';
import { STATUS_LABELS } from './case-labels';
import { SeverityBadge } from './severity-badge';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function CaseDate({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <>—</>;
  return (
    <time dateTime={iso} title={dateTimeFormat.format(date)}>
      {dateFormat.format(date)}
    </time>
  );
}

export interface CasesTableProps {
  cases: readonly CaseSummary[];
  caption: string;
  busy: boolean;
}

export function CasesTable({ cases, caption, busy }: CasesTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Text ff="monospace" size="sm" span>
                  {c.reference}
                </Text>
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
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{STATUS_LABELS[c.status]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CaseDate iso={c.openedAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
