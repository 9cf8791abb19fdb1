import { Anchor, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

export function NotFoundPage() {
  useDocumentTitle('Not found · Ethics case tracker');
  return (
    <EmptyState
      title="Page not found"
      description={
        <>
          There is nothing here. Go to{' '}
          <Anchor component={Link} to="/">
            your start page
          </Anchor>
          .
        </>
      }
      py="xl"
    />
  );
}
