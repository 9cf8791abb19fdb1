import {
  Alert,
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  NavLink as MantineNavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useSessionUser } from '../../features/auth/hooks/use-session-user';
import { errorMessage } from '../../lib/api-error';
import { CurrentUserProvider, type CurrentUser } from '../../lib/current-user';
import { navigationFor } from '../routes/app-routes';
import { PageLoader } from './page-loader';

function HeaderNav({ current }: { current: CurrentUser }) {
  return (
    <nav aria-label="Main">
      <Group gap="md" wrap="nowrap">
        {navigationFor(current).map((item) => (
          <Anchor
            key={item.path}
            component={NavLink}
            to={`/${item.path}`}
            size="sm"
            fw={500}
            c="inherit"
            className="app-nav-link"
            underline="never"
            style={{ whiteSpace: 'nowrap' }}
          >
            {item.label}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}

function DrawerNav({ current, onNavigate }: { current: CurrentUser; onNavigate: () => void }) {
  const location = useLocation();
  return (
    <nav aria-label="Main">
      {navigationFor(current).map((item) => (
        <MantineNavLink
          key={item.path}
          component={Link}
          to={`/${item.path}`}
          label={item.label}
          active={location.pathname === `/${item.path}` || location.pathname.startsWith(`/${item.path}/`)}
          onClick={onNavigate}
        />
      ))}
    </nav>
  );
}

/**
 * The signed-in shell: header with the navigation (from the route registry) and who is signed in,
 * then the page. Below the `md` breakpoint the navigation moves into a menu behind a burger.
 */
export function AppLayout() {
  const { current, error, refetch } = useSessionUser();
  const [menuOpened, menu] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !menuOpened, desktop: true } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            {current && (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={menuOpened ? 'Close navigation' : 'Open navigation'}
              />
            )}
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to="/" c="inherit" underline="never">
                Ethics case tracker
              </Anchor>
            </Title>
            {current && (
              <Group visibleFrom="md" wrap="nowrap">
                <HeaderNav current={current} />
              </Group>
            )}
          </Group>
          {current && <UserMenu user={current.user} />}
        </Group>
      </AppShell.Header>
      {/* Rendered only while open, so wide screens have a single navigation landmark. */}
      {current && menuOpened && (
        <AppShell.Navbar p="xs">
          <DrawerNav current={current} onNavigate={menu.close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {current ? (
          <CurrentUserProvider value={current}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </CurrentUserProvider>
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
