import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '../lib/query-client';
import { getSession, subscribeToSession } from '../lib/session';
import { theme } from './theme';

// Toasts only appear after something was done, so their container stays out of the first download;
// what pages show meanwhile waits in the notifications store.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

export interface AppProvidersProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

export function AppProviders({ children, queryClient: given }: AppProvidersProps) {
  const [queryClient] = useState(() => given ?? createQueryClient());

  // Whoever signs in next must not see what the previous person loaded.
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSession() === null) queryClient.clear();
      }),
    [queryClient],
  );

  return (
    <MantineProvider theme={theme}>
      <Suspense fallback={null}>
        <Notifications position="bottom-right" limit={4} />
      </Suspense>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
