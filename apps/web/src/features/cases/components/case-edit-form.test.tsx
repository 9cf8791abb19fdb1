import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCaseDetail } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { CaseEditForm } from './case-edit-form';

describe('CaseEditForm', () => {
  it('sends only what changed with the version read, and says when someone else saved first', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(jsonResponse(409, { title: 'Conflict', status: 409, detail: 'The case has changed.' }));
    vi.stubGlobal('fetch', fetchMock);
    const onReload = vi.fn();
    renderWithProviders(
      <CaseEditForm detail={aCaseDetail()} onSaved={() => undefined} onCancel={() => undefined} onReload={onReload} />,
      { user: testUser('reviewer', 'reviewer-1') },
    );

    fireEvent.change(screen.getByLabelText(/^title/i), { target: { value: 'A sharper title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This case was changed by someone else');
    expect(await sentRequests(fetchMock)[0]?.json()).toEqual({ version: 3, title: 'A sharper title' });
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('lets only leads restrict a case, and says so', () => {
    renderWithProviders(
      <CaseEditForm
        detail={aCaseDetail()}
        onSaved={() => undefined}
        onCancel={() => undefined}
        onReload={() => undefined}
      />,
      { user: testUser('reviewer', 'reviewer-1') },
    );
    expect(screen.getByRole('switch')).toHaveProperty('disabled', true);
    expect(screen.getByText('Only leads may restrict a case')).toBeTruthy();
  });
});
