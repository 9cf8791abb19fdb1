import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblemDetails } from '../lib/api-error';
import { renderWithProviders } from '../testing/render';
import { ReasonDialog } from './reason-dialog';

function renderDialog(props: Partial<Parameters<typeof ReasonDialog>[0]> = {}) {
  const onConfirm = vi.fn();
  renderWithProviders(
    <ReasonDialog
      opened
      onClose={() => undefined}
      title="Reject the action"
      confirmLabel="Reject"
      pending={false}
      error={null}
      onConfirm={onConfirm}
      {...props}
    />,
  );
  return onConfirm;
}

describe('ReasonDialog', () => {
  it('does not confirm without a reason, and says so', () => {
    const onConfirm = renderDialog();
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));

    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Give a reason.')).toBeTruthy();
    expect(screen.getByLabelText(/^reason/i).getAttribute('aria-invalid')).toBe('true');
  });

  it('confirms with the trimmed reason', () => {
    const onConfirm = renderDialog();
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: '  Disproportionate.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(onConfirm).toHaveBeenCalledWith('Disproportionate.');
  });

  it('waits for its extra inputs to be valid too', () => {
    const onConfirm = renderDialog({ validate: () => false });
    fireEvent.change(screen.getByLabelText(/^reason/i), { target: { value: 'Done.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("shows the API's refusal: a reason field error under the reason, anything else above", () => {
    renderDialog({
      error: new ApiError(
        parseProblemDetails(
          { title: 'Unprocessable', status: 422, detail: 'You proposed this action.', errors: [] },
          422,
        ),
      ),
    });
    expect(screen.getByRole('alert').textContent).toContain('You proposed this action.');
  });
});
