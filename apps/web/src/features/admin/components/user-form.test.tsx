import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblemDetails } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { generatePassword, UserForm } from './user-form';

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseRole(name: string) {
  fireEvent.click(screen.getByRole('combobox', { name: /^role/i }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

describe('UserForm', () => {
  it('says what is missing and sends nothing', () => {
    const onSubmit = vi.fn();
    renderWithProviders(<UserForm onSubmit={onSubmit} onCancel={() => undefined} pending={false} error={null} />);
    fill(/e-mail/i, 'not-an-address');
    fill(/initial password/i, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));

    expect(screen.getByText('Enter the person’s name.')).toBeTruthy();
    expect(screen.getByText('Enter an e-mail address like name@example.com.')).toBeTruthy();
    expect(screen.getByText('Choose a role.')).toBeTruthy();
    expect(screen.getByText('At least 12 characters.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends trimmed values, leaving an empty reason out', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<UserForm onSubmit={onSubmit} onCancel={() => undefined} pending={false} error={null} />);
    fill(/^name/i, '  Nora Newcomer ');
    fill(/e-mail/i, ' nora@demo.test ');
    await chooseRole('Auditor');
    fill(/initial password/i, 'correct-horse-battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Nora Newcomer',
      email: 'nora@demo.test',
      role: 'auditor',
      password: 'correct-horse-battery',
    });
  });

  it('shows the API’s field errors under their inputs until they are edited', () => {
    const error = new ApiError(
      parseProblemDetails(
        {
          title: 'Conflict',
          status: 409,
          errors: [{ field: 'email', message: 'A user with this e-mail already exists.' }],
        },
        409,
      ),
    );
    renderWithProviders(<UserForm onSubmit={vi.fn()} onCancel={() => undefined} pending={false} error={error} />);
    expect(screen.getByText('A user with this e-mail already exists.')).toBeTruthy();
    expect(screen.getByLabelText(/e-mail/i).getAttribute('aria-invalid')).toBe('true');

    fill(/e-mail/i, 'other@demo.test');
    expect(screen.queryByText('A user with this e-mail already exists.')).toBeNull();
  });

  it('generates a long random password', () => {
    const first = generatePassword();
    expect(first).toHaveLength(18);
    expect(first).not.toBe(generatePassword());
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
