import { Table, type TableProps, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Dates, references and badges read best on one line. */
  nowrap?: boolean;
  width?: number;
  maxWidth?: number;
  /** Numbers and row actions line up on the right. */
  align?: 'right';
  /** The cell that names its row: screen readers announce it with each other cell of the row. */
  rowHeader?: boolean;
}

interface TableBodyProps<Row> extends Omit<TableProps, 'children' | 'caption'> {
  columns: readonly (TableColumn<Row> | false)[];
  rows: readonly Row[];
  caption?: ReactNode;
  /** Dims the rows while the ones for new filters are on their way. */
  busy?: boolean;
  /** Scrolls sideways below this width rather than squeezing the columns. */
  minWidth?: number;
  rowProps?: (row: Row) => TableTrProps & Record<`data-${string}`, unknown>;
}

/** Rows with an `id` are keyed by it unless told otherwise; other rows must say what keys them. */
export type RowKeyProp<Row> = [Row] extends [{ id: string }]
  ? { rowKey?: (row: Row) => string }
  : { rowKey: (row: Row) => string };

export type ColumnsTableProps<Row> = TableBodyProps<Row> & RowKeyProp<Row>;

/** The key of a row that has an `id`: the default when no `rowKey` is given (the props' type ensures it). */
export function idOf(row: unknown): string {
  return (row as { id: string }).id;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A table of rows described column by column; a column given as `false` is left out. */
export function ColumnsTable<Row>({
  columns,
  rows,
  rowKey = idOf,
  caption,
  busy,
  minWidth,
  rowProps,
  ...tableProps
}: ColumnsTableProps<Row>) {
  const shown = columns.filter((column) => column !== false);
  const table = (
    <Table
      {...tableProps}
      {...(busy === undefined
        ? {}
        : { 'aria-busy': busy, style: { opacity: busy ? 0.6 : 1, transition: 'opacity 150ms' } })}
    >
      {caption !== undefined && <Table.Caption>{caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          {shown.map((column, index) => (
            <Table.Th key={index} scope="col" w={column.width} ta={column.align}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {shown.map((column, index) =>
              column.rowHeader ? (
                <Table.Th key={index} scope="row" fw={500} style={column.nowrap ? NOWRAP : undefined}>
                  {column.cell(row)}
                </Table.Th>
              ) : (
                <Table.Td
                  key={index}
                  maw={column.maxWidth}
                  ta={column.align}
                  style={column.nowrap ? NOWRAP : undefined}
                >
                  {column.cell(row)}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}
