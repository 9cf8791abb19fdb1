import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { errorMessage } from '../lib/api-error';
import { ListStates, type ListStatesProps, type ListQuery } from './list-states';
import { useInfiniteSentinel } from './use-infinite-sentinel';

export interface InfiniteListQuery extends ListQuery {
  data?: { pages: readonly unknown[] };
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

export interface FilteredInfiniteListProps extends ListStatesProps {
  /** The accessible name of the list's region. */
  label: string;
  query: InfiniteListQuery;
  /** What the rows are, in the plural: "events" gives "Load older events". */
  rowsNoun: string;
  /** Said once the last page has arrived. */
  endText: string;
}

/** A filtered list, newest first, that loads older pages as it scrolls or on request. */
export function FilteredInfiniteList({ label, rowsNoun, endText, children, ...states }: FilteredInfiniteListProps) {
  const { query, count } = states;
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const sentinel = useInfiniteSentinel<HTMLDivElement>(
    () => {
      if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
    },
    hasNextPage && !isFetchNextPageError,
    query.data?.pages.length ?? 0,
  );

  return (
    <section aria-label={label}>
      <ListStates {...states}>
        <Stack gap="sm">
          {children}
          <div ref={sentinel} aria-hidden="true" />
          {isFetchNextPageError && (
            <Alert color="red" variant="light" role="alert" title={`More ${rowsNoun} could not be loaded`}>
              <Group gap="sm">
                <Text size="sm">{errorMessage(query.error)}</Text>
                <Button size="xs" variant="default" onClick={() => void fetchNextPage()}>
                  Try again
                </Button>
              </Group>
            </Alert>
          )}
          <Center role="status">
            {isFetchingNextPage ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  Loading older {rowsNoun}…
                </Text>
              </Group>
            ) : hasNextPage ? (
              // The sentinel loads more as you scroll; the button does it for keyboards.
              <Button variant="default" size="xs" onClick={() => void fetchNextPage()}>
                Load older {rowsNoun} ({count} shown)
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {endText}
              </Text>
            )}
          </Center>
        </Stack>
      </ListStates>
    </section>
  );
}
