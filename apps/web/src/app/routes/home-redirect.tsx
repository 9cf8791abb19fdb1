import { EmptyState } from '@mantine/core';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/current-user';
import { homePathFor } from './app-routes';

/** `/` sends each person to their start page (reviewers and leads: their queue). */
export function HomeRedirect() {
  const current = useCurrentUser();
  const home = homePathFor(current);
  if (home === null) {
    return (
      <EmptyState
        title="Nothing to show yet"
        description="No page of the case tracker is available to your role. Ask an administrator if that is wrong."
        py="xl"
      />
    );
  }
  return <Navigate to={home} replace />;
}
