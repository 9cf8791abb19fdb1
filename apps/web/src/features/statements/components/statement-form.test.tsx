import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aStatement } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { StatementForm } from './statement-form';

describe('StatementForm', () => {
  it('asks a lead recording what was said after closure for a reason, and sends it', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(jsonResponse(201, aStatement({ direction: 'received', status: 'received' })));
    vi.stubGlobal('fetch', fetchMock);
    const onCreated = vi.fn();
    renderWithProviders(
      <StatementForm caseId="case-1" direction="received" reasonRequired onCreated={onCreated} onCancel={vi.fn()} />,
      { user: testUser('lead', 'lead-1') },
    );
    fireEvent.change(screen.getByLabelText(/^said to/i), { target: { value: 'public' } });
    fireEvent.change(screen.getByLabelText(/^what was said/i), { target: { value: 'We disagree.' } });
    const reason = screen.getByLabelText(/^reason for adding to a closed case/i);
    expect(reason.hasAttribute('required')).toBe(true);
    // Blank is no reason; the browser's own check lets spaces through.
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record statement' }));
    expect(await screen.findByText('Say why this belongs on the record of a closed case.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: ' The customer replied after closure ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record statement' }));
    await vi.waitFor(() => {
      expect(onCreated).toHaveBeenCalledTimes(1);
    });
    const [request] = sentRequests(fetchMock);
    expect(await request?.json()).toEqual({
      direction: 'received',
      audience: 'public',
      body: 'We disagree.',
      reason: 'The customer replied after closure',
    });
  });

  it('asks for no reason on an open case', () => {
    renderWithProviders(<StatementForm caseId="case-1" direction="received" onCreated={vi.fn()} onCancel={vi.fn()} />, {
      user: testUser('lead', 'lead-1'),
    });
    expect(screen.queryByLabelText(/^reason for adding to a closed case/i)).toBeNull();
  });
});
