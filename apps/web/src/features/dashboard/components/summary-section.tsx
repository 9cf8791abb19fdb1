import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColumnsTable, idOf, type RowKeyProp, type TableColumn } from '../../../components/columns-table';
import { errorMessage } from '../../../lib/api-error';

export interface SectionQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

export type SummarySectionProps<T, Row> = {
  title: string;
  query: SectionQuery<T>;
  rowsOf: (data: T) => readonly Row[];
  columns: readonly TableColumn<Row>[];
  empty: string;
  caption?: (data: T) => ReactNode;
} & RowKeyProp<Row>;

function SectionState({ title, query }: { title: string; query: SectionQuery<unknown> }) {
  if (query.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Loading {title.toLowerCase()}…
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="red" variant="light" title={`${title} could not be loaded`} py="xs">
      <Group gap="sm">
        <Text size="sm">{errorMessage(query.error)}</Text>
        <Button size="compact-xs" variant="default" className="no-print" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}

/** One table of the summary with its own loading, error and empty states. */
export function SummarySection<T, Row>({
  title,
  query,
  rowsOf,
  rowKey = idOf,
  columns,
  empty,
  caption,
}: SummarySectionProps<T, Row>) {
  const id = `summary-${title.toLowerCase().replace(/\W+/g, '-')}`;
  const { data } = query;
  const rows = data === undefined || query.isPending || query.isError ? undefined : rowsOf(data);
  let body: ReactNode;
  if (data === undefined || rows === undefined) {
    body = <SectionState title={title} query={query} />;
  } else if (rows.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  } else {
    body = (
      <ColumnsTable
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        caption={caption?.(data)}
        verticalSpacing={4}
        fz="sm"
        withTableBorder
      />
    );
  }
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {body}
    </Stack>
  );
}
