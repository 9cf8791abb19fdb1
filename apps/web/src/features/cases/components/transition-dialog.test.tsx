import { fireEvent, screen, within } from '@testing-library/react';
import { CASE_TRANSITIONS } from '@ethics/domain';
import { describe, expect, it, vi } from 'vitest';
import { aCaseDetail } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { TransitionDialog, transitionOptions } from './transition-dialog';

function offered(): string[] {
  const select = screen.getByLabelText(/^new status/i);
  return within(select)
    .getAllByRole('option')
    .map((o) => o.getAttribute('value') ?? '')
    .filter((v) => v !== '');
}

describe('TransitionDialog', () => {
  it('offers exactly the moves of the lifecycle table', () => {
    for (const [from, to] of Object.entries(CASE_TRANSITIONS)) {
      expect(transitionOptions(from as keyof typeof CASE_TRANSITIONS).map((o) => o.value)).toEqual(to);
    }
    renderWithProviders(
      <TransitionDialog detail={aCaseDetail({ status: 'findings' })} opened onClose={() => undefined} />,
      {
        user: testUser('lead', 'lead-1'),
      },
    );
    expect(offered()).toEqual(['actioning', 'closed', 'investigating']);
    expect(screen.getByRole('option', { name: 'Back to investigating' })).toBeTruthy();
  });

  it('asks for the outcome and its summary when closing, and sends them', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, aCaseDetail({ status: 'closed' })));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <TransitionDialog detail={aCaseDetail({ status: 'actioning' })} opened onClose={() => undefined} />,
      {
        user: testUser('lead', 'lead-1'),
      },
    );
    expect(screen.queryByLabelText(/^outcome\s*\*?$/i)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^new status/i), { target: { value: 'closed' } });
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: 'Actions executed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close case' }));

    expect(await screen.findByText('Choose the outcome.')).toBeTruthy();
    expect(screen.getByText('Summarise the outcome.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^outcome\s*\*?$/i), { target: { value: 'substantiated' } });
    fireEvent.change(screen.getByLabelText(/^outcome summary/i), { target: { value: 'Services disabled.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close case' }));

    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });
    const [request] = sentRequests(fetchMock);
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/cases/case-1/transitions');
    expect(await request?.json()).toEqual({
      to: 'closed',
      reason: 'Actions executed.',
      version: 3,
      outcome: 'substantiated',
      outcomeSummary: 'Services disabled.',
    });
  });

  it('shows an illegal move refused by the API', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn<typeof fetch>()
        .mockResolvedValue(
          jsonResponse(409, { title: 'Conflict', status: 409, detail: 'A case in triage cannot move to findings.' }),
        ),
    );
    renderWithProviders(
      <TransitionDialog detail={aCaseDetail({ status: 'triage' })} opened onClose={() => undefined} />,
      {
        user: testUser('lead', 'lead-1'),
      },
    );
    fireEvent.change(screen.getByLabelText(/^new status/i), { target: { value: 'investigating' } });
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: 'Go.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change status' }));
    expect((await screen.findByRole('alert')).textContent).toContain('A case in triage cannot move to findings.');
  });
});
