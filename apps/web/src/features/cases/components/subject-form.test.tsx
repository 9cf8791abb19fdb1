import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, sentRequests } from '../../../testing/render';
import { SubjectForm } from './subject-form';

const created = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'organisation',
  name: 'Example Holdings',
  parentId: null,
  externalRef: null,
  country: 'GB',
  notes: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function answering(post: Response) {
  return vi
    .fn<typeof fetch>()
    .mockImplementation((input) =>
      Promise.resolve(
        input instanceof Request && input.method === 'POST' ? post : jsonResponse(200, { items: [], nextCursor: null }),
      ),
    );
}

async function fillIn() {
  fireEvent.change(screen.getByLabelText(/^name/i), { target: { value: 'Example Holdings' } });
  fireEvent.change(screen.getByLabelText(/^type/i), { target: { value: 'organisation' } });
  const country = screen.getByRole('combobox', { name: /^country/i });
  fireEvent.click(country);
  fireEvent.change(country, { target: { value: 'kingdom' } });
  fireEvent.click(await screen.findByRole('option', { name: 'United Kingdom' }));
}

describe('SubjectForm', () => {
  it('lets a country be found by name and sends its two-letter code', async () => {
    const fetchMock = answering(jsonResponse(201, created));
    vi.stubGlobal('fetch', fetchMock);
    const onCreated = vi.fn();
    renderWithProviders(<SubjectForm onCreated={onCreated} onCancel={() => undefined} />);

    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Create subject' }));

    await waitFor(() => {
      expect(onCreated).toHaveBeenCalledTimes(1);
    });
    const post = sentRequests(fetchMock).find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({ name: 'Example Holdings', type: 'organisation', country: 'GB' });
  });

  it('keeps the chosen country and shows the refusal next to it', async () => {
    const refusal = jsonResponse(400, {
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid.',
      errors: [{ field: 'country', message: 'country must be chosen from the list of countries' }],
    });
    vi.stubGlobal('fetch', answering(refusal));
    renderWithProviders(<SubjectForm onCreated={() => undefined} onCancel={() => undefined} />);

    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Create subject' }));

    expect(await screen.findByText('country must be chosen from the list of countries')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^country/i })).toHaveProperty('value', 'United Kingdom');
  });
});
