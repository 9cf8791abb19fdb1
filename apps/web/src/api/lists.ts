import { infiniteQueryOptions, queryOptions, type QueryKey } from '@tanstack/react-query';

interface Page<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

/** How every list endpoint pages: the first page has no cursor, each page names the next one. */
export const cursorPages = {
  initialPageParam: null as string | null,
  getNextPageParam: (lastPage: Pick<Page<unknown>, 'nextCursor'>) => lastPage.nextCursor,
};

/** A list a screen filters and reads a page at a time (`limit` entries a page). */
export function filteredPagesQueryOptions<
  TFilters,
  TPage extends Pick<Page<unknown>, 'nextCursor'>,
  TKey extends QueryKey,
>(
  queryKey: TKey,
  filters: TFilters,
  limit: number,
  getPage: (query: TFilters & { limit: number; cursor?: string }, signal: AbortSignal) => Promise<TPage>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => getPage({ ...filters, limit, cursor: pageParam ?? undefined }, signal),
    ...cursorPages,
  });
}

/** A list read as one page (short by nature, or capped by the caller): screens want its items. */
export function listQueryOptions<TItem, TKey extends QueryKey>(
  queryKey: TKey,
  getList: (signal: AbortSignal) => Promise<Pick<Page<TItem>, 'items'>>,
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => getList(signal), select: (list) => list.items });
}
