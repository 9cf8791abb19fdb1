import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '../../../lib/session';
import { jsonResponse, renderWithProviders, sentRequests } from '../../../testing/render';
import { SignInForm } from './sign-in-form';

function fillAndSubmit() {
  fireEvent.change(screen.getByLabelText(/^e-mail/i), { target: { value: 'lead@demo.test' } });
  fireEvent.change(screen.getByLabelText(/^password/i, { selector: 'input' }), {
    target: { value: 'wrong' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('disables itself while waiting, then shows the message of the API', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn<typeof fetch>(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    fillAndSubmit();

    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', true);
    });
    expect(screen.getByLabelText(/^e-mail/i)).toHaveProperty('disabled', true);
    const [request] = sentRequests(fetchMock);
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/auth/login');
    expect(await request?.text()).toBe(JSON.stringify({ email: 'lead@demo.test', password: 'wrong' }));

    answer(
      jsonResponse(401, {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'The e-mail or password is wrong.',
      }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail or password is wrong.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(getSession()).toBeNull();
  });

  it('keeps the session and reports success', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        jsonResponse(200, {
          accessToken: 'token-1',
          expiresAt,
          user: { id: 'u1', email: 'lead@demo.test', name: 'Lea Lead', role: 'lead' },
        }),
      ),
    );
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    fillAndSubmit();

    await waitFor(() => {
      expect(onSignedIn).toHaveBeenCalledTimes(1);
    });
    expect(getSession()).toEqual({ accessToken: 'token-1', expiresAt });
  });
});
