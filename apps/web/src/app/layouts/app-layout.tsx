import { AbilityProvider } from '@casl/react';
import { Alert, Anchor, AppShell, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { errorMessage } from '../../lib/api-error';
import { PageLoader } from './page-loader';

function NavItem({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={NavLink} to={to} size="sm" fw={500} c="inherit" className="app-nav-link" underline="never">
      {children}
    </Anchor>
  );
}

/** The signed-in shell: header with the user, then the page. Pages get the user's ability. */
export function AppLayout() {
  const { current, error, refetch } = useCurrentUser();

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Title order={1} size="h4">
              Ethics case tracker
            </Title>
            <nav aria-label="Main">
              <Group gap="md">
                <NavItem to="/cases">Cases</NavItem>
              </Group>
            </nav>
          </Group>
          {current && <UserMenu user={current.user} />}
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {current ? (
          <AbilityProvider value={current.ability}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </AbilityProvider>
        ) : error ? (
          <Alert color="red" variant="light" role="alert" title="Your account could not be loaded">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{errorMessage(error)}</Text>
              <Button size="xs" variant="default" onClick={() => void refetch()}>
                Try again
              </Button>
            </Stack>
          </Alert>
        ) : (
          <PageLoader label="Loading your account…" />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
