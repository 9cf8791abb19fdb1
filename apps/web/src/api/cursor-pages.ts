import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

/** How every list endpoint pages: the first page has no cursor, each page names the next one. */
export const cursorPages = {
  initialPageParam: null as string | null,
  getNextPageParam: (lastPage: { nextCursor: string | null }) => lastPage.nextCursor,
};

/** A list a screen filters and reads a page at a time (`limit` entries a page). */
export function filteredPagesQueryOptions<TFilters, TPage extends { nextCursor: string | null }, TKey extends QueryKey>(
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
