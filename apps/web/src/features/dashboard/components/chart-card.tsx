import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export interface ChartCardProps {
  title: string;
  description?: string;
  /** The same figures as a table: read by screen readers instead of the drawing, shown on request. */
  table: ChartTable;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | false;
  children: ReactNode;
}

function FiguresTable({ title, table }: { title: string; table: ChartTable }) {
  return (
    <Table striped withTableBorder fz="sm">
      <caption>{title}</caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column, index) => (
            <Table.Th key={column} scope="col" ta={index === 0 ? 'left' : 'right'}>
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row) => (
          <Table.Tr key={String(row[0])}>
            {row.map((cell, index) =>
              index === 0 ? (
                <Table.Th key={index} scope="row" fw={500}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={index} ta="right">
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A chart with its title. The drawing is hidden from assistive technology; the same figures are
 * there as a table, which anyone can also switch to.
 */
export function ChartCard({ title, description, table, empty, children }: ChartCardProps) {
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={titleId} className="chart-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Title order={4} size="h5" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {!empty && (
            <Button
              variant="subtle"
              size="compact-xs"
              aria-pressed={asTable}
              onClick={() => {
                setAsTable((value) => !value);
              }}
              className="no-print"
            >
              {asTable ? 'Show chart' : 'Show table'}
              <VisuallyHidden> of {title.toLowerCase()}</VisuallyHidden>
            </Button>
          )}
        </Group>
        {empty ? (
          <Text c="dimmed" size="sm" py="xl" ta="center">
            {empty}
          </Text>
        ) : asTable ? (
          <FiguresTable title={title} table={table} />
        ) : (
          <>
            <div aria-hidden="true">{children}</div>
            <VisuallyHidden>
              <FiguresTable title={title} table={table} />
            </VisuallyHidden>
          </>
        )}
      </Stack>
    </Paper>
  );
}
