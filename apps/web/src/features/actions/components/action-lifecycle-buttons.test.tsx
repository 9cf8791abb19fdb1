import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anAction } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { ActionLifecycleButtons } from './action-lifecycle-buttons';

const scope = { restricted: false, memberIds: ['lead-1', 'lead-2', 'reviewer-1'] };

function reasonOf(name: string): string | undefined {
  const button = screen.getByRole('button', { name });
  expect(button.getAttribute('aria-disabled')).toBe('true');
  return document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? undefined;
}

describe('ActionLifecycleButtons', () => {
  it('disables approving your own proposal, saying why (four eyes)', () => {
    renderWithProviders(<ActionLifecycleButtons action={anAction({ proposedBy: 'lead-1' })} scope={scope} />, {
      user: testUser('lead', 'lead-1'),
    });
    expect(reasonOf('Approve')).toBe('You proposed this action; someone else must approve it (four eyes)');
    expect(reasonOf('Reject')).toBe('You proposed this action; someone else must decide on it (four eyes)');
  });

  it('tells a reviewer that only leads decide', () => {
    renderWithProviders(<ActionLifecycleButtons action={anAction({ proposedBy: 'lead-2' })} scope={scope} />, {
      user: testUser('reviewer', 'reviewer-1'),
    });
    expect(reasonOf('Approve')).toBe('Only leads may approve enforcement actions');
  });

  it('lets another lead approve, with a reason sent to the API', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(200, anAction({ status: 'approved' })));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ActionLifecycleButtons action={anAction({ proposedBy: 'reviewer-1' })} scope={scope} />, {
      user: testUser('lead', 'lead-2'),
    });

    const approve = screen.getByRole('button', { name: 'Approve' });
    expect(approve.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(approve);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: 'Proportionate.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });
    const [request] = sentRequests(fetchMock);
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/cases/case-1/actions/action-1/approve');
    expect(await request?.json()).toEqual({ reason: 'Proportionate.', version: 1 });
  });

  it('offers only the next steps of the lifecycle, and asks for the execution reference', async () => {
    renderWithProviders(<ActionLifecycleButtons action={anAction({ status: 'approved' })} scope={scope} />, {
      user: testUser('lead', 'lead-2'),
    });
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Execute' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: 'Done by ops.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Execute' }));
    expect(await screen.findByText('Give the execution reference.')).toBeTruthy();
  });
});
