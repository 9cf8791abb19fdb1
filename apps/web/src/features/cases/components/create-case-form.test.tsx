import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../../testing/render';
import { CreateCaseForm } from './create-case-form';

describe('CreateCaseForm', () => {
  it('shows each field error of a 400 next to its input', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        jsonResponse(400, {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The request is invalid.',
          errors: [{ field: 'summary', message: 'The summary is too short.' }],
        }),
      ),
    );
    const onCreated = vi.fn();
    renderWithProviders(<CreateCaseForm onCreated={onCreated} onCancel={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/title/i), { target: { value: 'Mass surveillance' } });
    fireEvent.change(screen.getByLabelText(/summary/i), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText(/severity/i), { target: { value: 'critical' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open case' }));

    const summary = screen.getByLabelText(/summary/i);
    expect(await screen.findByText('The summary is too short.')).toBeTruthy();
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/title/i).getAttribute('aria-invalid')).not.toBe('true');
    // Every problem has a place on screen, so no general alert repeats it.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCreated).not.toHaveBeenCalled();

    fireEvent.change(summary, { target: { value: 'A longer summary of the allegation.' } });
    expect(screen.queryByText('The summary is too short.')).toBeNull();
  });
});
