import { Stack } from '@mantine/core';
import { ListStates } from '../../../components/list-states';
import { LoadMore } from '../../../components/load-more';
import { useCases } from '../../../api/cases/get-cases';
import { useCaseFilters, type CaseListPreset } from '../hooks/use-case-filters';
import { CaseFilters } from './case-filters';
import { CasesTable } from './cases-table';
import { itemsOfPages } from '../../../api/lists';

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
  const cases = itemsOfPages(query.data);

  return (
    <Stack gap="md">
      <CaseFilters state={filterState} label={filterLabel} />
      <ListStates
        query={query}
        count={cases.length}
        loadingLabel="Loading cases…"
        errorTitle="The cases could not be loaded"
        onClearFilters={filterState.hasFilters ? filterState.clearFilters : undefined}
        emptyTitle={filterState.hasFilters ? 'No case matches these filters' : emptyTitle}
        emptyDescription={filterState.hasFilters ? 'Try other words or filters.' : emptyDescription}
      >
        <CasesTable
          cases={cases}
          busy={query.isPlaceholderData}
          caption={
            query.hasNextPage
              ? `Showing the first ${String(cases.length)} cases`
              : `${String(cases.length)} ${cases.length === 1 ? 'case' : 'cases'}`
          }
        />
        <LoadMore query={query} rowsNoun="cases" />
      </ListStates>
    </Stack>
  );
}
