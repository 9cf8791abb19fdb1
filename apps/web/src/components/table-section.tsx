import { EmptyState, Stack, Title } from '@mantine/core';
import { ColumnsTable, idOf, type RowKeyProp, type TableColumn } from './columns-table';

export type TableSectionProps<Row> = {
  title: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  /** Said instead of an empty table. */
  emptyTitle: string;
  minWidth: number;
} & RowKeyProp<Row>;

/** A titled part of a page that lists rows in a table, or says there are none. */
export function TableSection<Row>({
  title,
  columns,
  rows,
  rowKey = idOf,
  emptyTitle,
  minWidth,
}: TableSectionProps<Row>) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      {rows.length === 0 ? (
        <EmptyState title={emptyTitle} py="md" />
      ) : (
        <ColumnsTable columns={columns} rows={rows} rowKey={rowKey} minWidth={minWidth} striped verticalSpacing="sm" />
      )}
    </Stack>
  );
}
