import { infiniteQueryOptions, queryOptions, type QueryKey, type UseQueryResult } from '@tanstack/react-query';

interface Page<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

/** A list read a page at a time: the first page has no cursor, each page names the next one. */
export function pagesQueryOptions<TPage extends Pick<Page<unknown>, 'nextCursor'>, TKey extends QueryKey>(
  queryKey: TKey,
  getPage: (cursor: string | null, signal: AbortSignal) => Promise<TPage>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => getPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

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
  return pagesQueryOptions(queryKey, (cursor, signal) =>
    getPage({ ...filters, limit, cursor: cursor ?? undefined }, signal),
  );
}

/** A list read as one page (short by nature, or capped by the caller): screens want its items. */
export function listQueryOptions<TItem, TKey extends QueryKey>(
  queryKey: TKey,
  getList: (signal: AbortSignal) => Promise<Pick<Page<TItem>, 'items'>>,
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => getList(signal), select: (list) => list.items });
}

/** The items of every page read so far, in order. */
export function itemsOfPages<TItem>(data: { pages: readonly Pick<Page<TItem>, 'items'>[] } | undefined): TItem[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

/** The items of the same list read on several cases, with whether any is still loading or failed. */
export function combineLists<TItem>(results: readonly UseQueryResult<TItem[]>[]) {
  return {
    items: results.flatMap((r) => r.data ?? []),
    pending: results.some((r) => r.isPending),
    errors: results.flatMap((r) => (r.isError ? [r.error] : [])),
  };
}
