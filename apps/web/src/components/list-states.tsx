import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from './query-states';

export interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface ListStatesProps {
  query: ListQuery;
  /** How many rows have arrived; an error after the first page leaves them on screen. */
  count: number;
  loadingLabel: string;
  errorTitle: string;
  /** Offered in the empty state while filters are set. */
  onClearFilters?: () => void;
  emptyTitle: string;
  emptyDescription?: string;
  children: ReactNode;
}

/** A list while it loads, when it fails (with nothing to show) or finds nothing, and otherwise its rows. */
export function ListStates({
  query,
  count,
  loadingLabel,
  errorTitle,
  onClearFilters,
  emptyTitle,
  emptyDescription,
  children,
}: ListStatesProps) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError && count === 0) {
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (count === 0) {
    return (
      <EmptyState title={emptyTitle} description={emptyDescription} py="xl">
        {onClearFilters && (
          <EmptyState.Actions>
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }
  return children;
}
