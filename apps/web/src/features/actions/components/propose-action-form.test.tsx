import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, sentRequests, testUser } from '../../../testing/render';
import { ProposeActionForm } from './propose-action-form';

const subject = {
  id: 'subject-1',
  type: 'unit',
  name: 'IMOD intelligence unit',
  parentId: null,
  externalRef: null,
  country: null,
  notes: null,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
};

/** Answers the catalogue and subject look-ups, then refuses the proposal with field errors. */
function stubApi() {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/api/v1/settings/service-catalogue') {
      return Promise.resolve(
        jsonResponse(200, {
          items: [
            { key: 'cloud-storage', label: 'Cloud storage' },
            { key: 'ai-services', label: 'AI services' },
          ],
        }),
      );
    }
    if (url.pathname === '/api/v1/subjects')
      return Promise.resolve(jsonResponse(200, { items: [subject], nextCursor: null }));
    if (url.pathname === '/api/v1/policies') return Promise.resolve(jsonResponse(200, { items: [], nextCursor: null }));
    return Promise.resolve(
      jsonResponse(400, {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        errors: [
          { field: 'services.0', message: 'cloud-storage is not offered in this region' },
          { field: 'scope', message: 'scope must not be empty' },
        ],
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('ProposeActionForm', () => {
  // Drives a searchable picker through its debounce and dropdown: slower than the other tests on a busy machine.
  it(
    'checks what it can itself, then shows the API field errors next to their inputs',
    { timeout: 15_000 },
    async () => {
      const fetchMock = stubApi();
      renderWithProviders(
        <ProposeActionForm caseId="case-1" findings={[]} onProposed={() => undefined} onCancel={() => undefined} />,
        { user: testUser('reviewer', 'reviewer-1') },
      );

      fireEvent.click(screen.getByText('Propose action'));
      expect(screen.getByText('Choose the subject.')).toBeTruthy();
      expect(screen.getByText('Choose at least one service.')).toBeTruthy();

      fireEvent.click(await screen.findByLabelText('Cloud storage'));
      fireEvent.change(screen.getByLabelText(/^type/i), { target: { value: 'disable_service' } });
      fireEvent.change(screen.getByLabelText(/^rationale/i), { target: { value: 'Mass surveillance.' } });
      const subjectBox = screen.getByPlaceholderText('Search by name');
      fireEvent.focus(subjectBox);
      fireEvent.click(subjectBox);
      fireEvent.click(await screen.findByText('IMOD intelligence unit (unit)'));
      fireEvent.click(screen.getByText('Propose action'));

      expect(await screen.findByText('cloud-storage is not offered in this region')).toBeTruthy();
      expect(screen.getByText('scope must not be empty')).toBeTruthy();
      expect(screen.getByLabelText(/^scope/i).getAttribute('aria-invalid')).toBe('true');
      // Every problem has its place, so no general alert repeats them.
      expect(document.querySelector('[role=alert]')).toBeNull();

      const proposal = sentRequests(fetchMock).find((r) => r.method === 'POST');
      expect(await proposal?.json()).toEqual({
        subjectId: 'subject-1',
        type: 'disable_service',
        services: ['cloud-storage'],
        scope: '',
        rationale: 'Mass surveillance.',
      });
    },
  );
});
