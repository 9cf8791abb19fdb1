import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { FilteredInfiniteList, type InfiniteListQuery } from './filtered-infinite-list';

function aQuery(overrides: Partial<InfiniteListQuery> = {}): InfiniteListQuery {
  return {
    isPending: false,
    isError: false,
    error: null,
    refetch: vi.fn(),
    data: { pages: [{}] },
    hasNextPage: false,
    isFetchingNextPage: false,
    isFetchNextPageError: false,
    fetchNextPage: vi.fn(),
    ...overrides,
  };
}

function renderList(query: InfiniteListQuery, count: number, onClearFilters?: () => void) {
  return renderWithProviders(
    <FilteredInfiniteList
      label="Audit events"
      query={query}
      count={count}
      rowsNoun="events"
      loadingLabel="Loading the audit log…"
      errorTitle="The audit log could not be loaded"
      onClearFilters={onClearFilters}
      emptyTitle="Nothing here"
      endText="The beginning of the log."
    >
      <p>the rows</p>
    </FilteredInfiniteList>,
  );
}

describe('FilteredInfiniteList', () => {
  it('offers the next page by a button, for those who do not scroll', () => {
    const fetchNextPage = vi.fn();
    renderList(aQuery({ hasNextPage: true, fetchNextPage }), 50);
    const region = screen.getByRole('region', { name: 'Audit events' });
    expect(within(region).getByText('the rows')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Load older events (50 shown)' }));
    expect(fetchNextPage).toHaveBeenCalledOnce();
  });

  it('says when the last page has arrived', () => {
    renderList(aQuery(), 3);
    expect(screen.getByRole('status').textContent).toBe('The beginning of the log.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the rows shown when a later page fails, and retries that page', () => {
    const fetchNextPage = vi.fn();
    renderList(
      aQuery({
        isError: true,
        error: new Error('Timed out'),
        hasNextPage: true,
        isFetchNextPageError: true,
        fetchNextPage,
      }),
      50,
    );
    expect(screen.getByText('the rows')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('More events could not be loaded')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(fetchNextPage).toHaveBeenCalledOnce();
  });

  it('reports a failed first page instead of the rows', () => {
    const refetch = vi.fn();
    renderList(aQuery({ isError: true, error: new Error('Timed out'), refetch, data: undefined }), 0);
    expect(screen.queryByText('the rows')).toBeNull();
    expect(within(screen.getByRole('alert')).getByText('The audit log could not be loaded')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('offers to clear the filters when they match nothing', () => {
    const onClearFilters = vi.fn();
    renderList(aQuery(), 0, onClearFilters);
    expect(screen.getByText('Nothing here')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it('offers no clearing when there is no filter to clear', () => {
    renderList(aQuery(), 0);
    expect(screen.getByText('Nothing here')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
