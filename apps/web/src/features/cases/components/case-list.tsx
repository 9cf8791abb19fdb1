import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../../lib/api-error';
import { useCases } from '../api/get-cases';
import { useCaseFilters } from '../hooks/use-case-filters';
import { CaseFilters } from './case-filters';
import { CasesTable } from './cases-table';

/** The case list with its filters, in the URL, and "Load more" paging through the cursor. */
export function CaseList() {
  const filterState = useCaseFilters();
  const query = useCases(filterState.filters);
  const cases = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <CaseFilters state={filterState} />
      {query.isPending ? (
        <Center py="xl" role="status">
          <Group gap="sm">
            <Loader size="sm" />
            <Text c="dimmed">Loading cases…</Text>
          </Group>
        </Center>
      ) : query.isError && cases.length === 0 ? (
        <Alert color="red" variant="light" role="alert" title="The cases could not be loaded">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(query.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : cases.length === 0 ? (
        <EmptyState
          title={filterState.hasFilters ? 'No case matches these filters' : 'No cases yet'}
          description={
            filterState.hasFilters ? 'Try other words or filters.' : 'Cases you may see will be listed here.'
          }
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
