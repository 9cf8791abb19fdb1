import { Alert, Button, Center, EmptyState, Stack } from '@mantine/core';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import { useCases } from '../../../api/cases/get-cases';
import { useCaseFilters, type CaseListPreset } from '../hooks/use-case-filters';
import { CaseFilters } from './case-filters';
import { CasesTable } from './cases-table';

export interface CaseListProps {
  preset?: CaseListPreset;
  /** What the list holds, for its empty state: "No open cases", … */
  emptyTitle?: string;
  emptyDescription?: string;
  filterLabel?: string;
}

/** A list of cases with its filters in the URL, and "Load more" paging through the cursor. */
export function CaseList({
  preset,
  emptyTitle = 'No cases yet',
  emptyDescription = 'Cases you may see will be listed here.',
  filterLabel,
}: CaseListProps) {
  const filterState = useCaseFilters(preset);
  const query = useCases(filterState.filters);
  const cases = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <CaseFilters state={filterState} label={filterLabel} />
      {query.isPending ? (
        <LoadingState label="Loading cases…" />
      ) : query.isError && cases.length === 0 ? (
        <ErrorState title="The cases could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      ) : cases.length === 0 ? (
        <EmptyState
          title={filterState.hasFilters ? 'No case matches these filters' : emptyTitle}
          description={filterState.hasFilters ? 'Try other words or filters.' : emptyDescription}
          py="xl"
        >
          {filterState.hasFilters && (
            <EmptyState.Actions>
              <Button variant="default" onClick={filterState.clearFilters}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <CasesTable
            cases={cases}
            busy={query.isPlaceholderData}
            caption={
              query.hasNextPage
                ? `Showing the first ${String(cases.length)} cases`
                : `${String(cases.length)} ${cases.length === 1 ? 'case' : 'cases'}`
            }
          />
          {query.isFetchNextPageError && (
            <Alert color="red" variant="light" role="alert" title="More cases could not be loaded">
              {errorMessage(query.error)}
            </Alert>
          )}
          {query.hasNextPage && (
            <Center>
              <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                Load more
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
