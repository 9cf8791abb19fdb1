import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { todayInput } from '../../../lib/dates';
import { jsonResponse, renderWithProviders } from '../../../testing/render';
import { TaskForm } from './task-form';

describe('TaskForm', () => {
  it('offers no due date before today, and shows the API refusing a past one next to the field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        jsonResponse(400, {
          title: 'Invalid request',
          status: 400,
          detail: 'The request has invalid fields.',
          errors: [{ field: 'dueAt', message: 'must not be in the past' }],
        }),
      ),
    );
    renderWithProviders(
      <TaskForm caseId="case-1" members={[]} onCreated={() => undefined} onCancel={() => undefined} />,
    );

    const due = screen.getByLabelText(/due date/i);
    expect(due.getAttribute('min')).toBe(todayInput());
    fireEvent.change(screen.getByRole('textbox', { name: /^task/i }), { target: { value: 'Interview the owner' } });
    fireEvent.change(due, { target: { value: '2020-01-01' } });
    // The browser holds such a date back; the API still refuses one sent past the input's bound.
    fireEvent.submit(screen.getByRole('form', { name: 'New task' }));

    expect(await screen.findByText('must not be in the past')).toBeTruthy();
    expect(due.getAttribute('aria-invalid')).toBe('true');
  });
});
