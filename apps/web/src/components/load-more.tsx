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

export interface LoadMoreButtonProps {
  query: Pick<LoadMoreProps['query'], 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;
  label?: string;
}

/** Under a paged list: a button for the next page while there is one. */
export function LoadMoreButton({ query, label = 'Load more' }: LoadMoreButtonProps) {
  if (!query.hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {label}
      </Button>
    </Center>
  );
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
      <LoadMoreButton query={query} />
    </>
  );
}
