import { Anchor, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../lib/current-user';
import { ROLE_LABELS } from '../../lib/vocabulary-labels';
import type { AppRoute } from './app-route';
import { isAllowed } from './app-routes';

/** Renders a registered page for those it is meant for, and says so plainly to anyone else. */
export function RoutePage({ route }: { route: AppRoute }) {
  const current = useCurrentUser();
  if (!isAllowed(route, current)) {
    return (
      <EmptyState
        title="This page is not available to your role"
        description={
          <>
            You are signed in as {ROLE_LABELS[current.user.role].toLowerCase()}. Go to{' '}
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
  const Page = route.page;
  return <Page />;
}
