import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { defineAbilityFor } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { CurrentUserProvider, type CurrentUser } from '../lib/current-user';

/** A signed-in person as `/auth/me` would describe them, with the rules of their role. */
export function testUser(role: Role, id = `${role}-1`): CurrentUser {
  return {
    user: { id, email: `${role}@example.test`, name: `${role[0]?.toUpperCase() ?? ''}${role.slice(1)} One`, role },
    ability: defineAbilityFor({ id, role }),
  };
}

export interface RenderOptions {
  route?: string;
  /** Renders as this person (their ability drives `<Can>` and disabled controls). */
  user?: CurrentUser;
}

/** Renders with the app's providers; no retries, so a failing request fails at once. */
export function renderWithProviders(ui: ReactElement, { route = '/', user }: RenderOptions = {}): RenderResult {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const routed = <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>;
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        {user === undefined ? routed : <CurrentUserProvider value={user}>{routed}</CurrentUserProvider>}
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** The requests a stubbed `fetch` received, as `Request`s (what the API client sends). */
export function sentRequests(fetchMock: { mock: { calls: unknown[][] } }): Request[] {
  return fetchMock.mock.calls.map(([input]) => {
    if (!(input instanceof Request)) throw new Error('fetch was called without a Request');
    return input;
  });
}

/** A JSON response as the API sends it. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, ...headers },
  });
}
