import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCaseDetail, anAllegation } from '../../../testing/factories';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { CaseSubjectButton } from './case-subject-button';

describe('CaseSubjectButton', () => {
  it('names the subject it creates in the chosen allegation, so the case concerns it', async () => {
    const fetchMock = vi.fn<typeof fetch>((input) => {
      const request = input instanceof Request ? input : new Request(input);
      return Promise.resolve(
        request.method === 'POST'
          ? jsonResponse(201, { id: 'subject-new', name: 'Signals Unit 8', type: 'unit' })
          : jsonResponse(200, anAllegation({ id: 'allegation-2' })),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <CaseSubjectButton
        detail={aCaseDetail({ memberIds: ['reviewer-1'] })}
        allegations={[anAllegation(), anAllegation({ id: 'allegation-2', description: 'Calls are transcribed.' })]}
      />,
      { user: testUser('reviewer', 'reviewer-1') },
    );

    fireEvent.click(screen.getByRole('button', { name: 'New subject' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /^name/i }), { target: { value: 'Signals Unit 8' } });
    fireEvent.change(screen.getByLabelText(/^type/i), { target: { value: 'unit' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^named in/i }), { target: { value: 'allegation-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create subject' }));

    await waitFor(() => {
      expect(sentRequests(fetchMock).map((r) => r.method)).toContain('PATCH');
    });
    const patch = sentRequests(fetchMock).find((r) => r.method === 'PATCH')!;
    expect(patch.url).toMatch(/\/cases\/case-1\/allegations\/allegation-2$/);
    expect(await patch.json()).toEqual({ version: 2, subjectIds: ['subject-0', 'subject-new'] });
  });

  it('says a case needs an allegation before it can concern a subject', () => {
    renderWithProviders(<CaseSubjectButton detail={aCaseDetail({ memberIds: ['reviewer-1'] })} allegations={[]} />, {
      user: testUser('reviewer', 'reviewer-1'),
    });
    expect(screen.getByRole('button', { name: 'New subject' }).getAttribute('aria-disabled')).toBe('true');
  });
});
