import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ALLOWED } from '../../../lib/permissions';
import { aUser } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { UserActions } from './user-actions';

const LOCKED_UNTIL = '2026-11-20T10:15:00.000Z';

describe('UserActions', () => {
  it('offers no lift for an account that is not locked', () => {
    renderWithProviders(
      <UserActions user={aUser()} permission={ALLOWED} unlockPermission={ALLOWED} onChanged={vi.fn()} />,
      { user: testUser('admin') },
    );
    expect(screen.queryByRole('button', { name: /sign-in lock/i })).toBeNull();
  });

  // Opens a modal and waits for a request: slower than the other tests on a busy machine.
  it('lifts a sign-in lock only with a reason, and says so', { timeout: 15_000 }, async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, aUser()));
    vi.stubGlobal('fetch', fetchMock);
    const onChanged = vi.fn();
    renderWithProviders(
      <UserActions
        user={aUser({ signInLockedUntil: LOCKED_UNTIL })}
        permission={ALLOWED}
        unlockPermission={ALLOWED}
        onChanged={onChanged}
      />,
      { user: testUser('admin') },
    );

    fireEvent.click(screen.getByRole('button', { name: 'Lift the sign-in lock of Rana Reviewer' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/refuse Rana Reviewer from at least one address/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lift sign-in lock' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/^reason/i), {
      target: { value: '  Rana called the help desk; identity checked.  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lift sign-in lock' }));

    await vi.waitFor(() => {
      expect(onChanged).toHaveBeenCalledWith('Rana Reviewer can sign in again from every address.');
    });
    const [request] = sentRequests(fetchMock);
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/users/user-1/unlock');
    expect(await request?.json()).toEqual({ reason: 'Rana called the help desk; identity checked.' });
  });

  it('keeps the lift disabled, saying why, for someone who may not change users', () => {
    renderWithProviders(
      <UserActions
        user={aUser({ signInLockedUntil: LOCKED_UNTIL })}
        permission={ALLOWED}
        unlockPermission={{ allowed: false, reason: 'Only administrators may change users', hidden: false }}
        onChanged={vi.fn()}
      />,
      { user: testUser('auditor') },
    );
    const button = screen.getByRole('button', { name: 'Lift the sign-in lock of Rana Reviewer' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Only administrators may change users',
    );
  });
});
