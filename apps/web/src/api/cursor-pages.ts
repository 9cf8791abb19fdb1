/** How every list endpoint pages: the first page has no cursor, each page names the next one. */
export const cursorPages = {
  initialPageParam: null as string | null,
  getNextPageParam: (lastPage: { nextCursor: string | null }) => lastPage.nextCursor,
};
