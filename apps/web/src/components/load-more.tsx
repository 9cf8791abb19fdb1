import { Alert, Button, Center } from '@mantine/core';
import { errorMessage } from '../lib/api-error';

export interface LoadMoreProps {
  query: {
    error: unknown;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => unknown;
  };
  /** What the rows are, in the plural: "cases" gives "More cases could not be loaded". */
  rowsNoun: string;
}

/** Under a paged list: a button for the next page, and why it failed if it did. */
export function LoadMore({ query, rowsNoun }: LoadMoreProps) {
  return (
    <>
      {query.isFetchNextPageError && (
        <Alert color="red" variant="light" role="alert" title={`More ${rowsNoun} could not be loaded`}>
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
  );
}
