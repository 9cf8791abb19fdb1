import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { GuardedButton } from './guarded-button';

describe('GuardedButton', () => {
  it('stays focusable but inert when refused, with the reason as its description', () => {
    const onClick = vi.fn();
    renderWithProviders(
      <GuardedButton permission={{ allowed: false, reason: 'Only leads may approve', hidden: false }} onClick={onClick}>
        Approve
      </GuardedButton>,
    );
    const button = screen.getByRole('button', { name: 'Approve' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Only leads may approve');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('renders nothing for a role that may never do it', () => {
    renderWithProviders(
      <GuardedButton permission={{ allowed: false, reason: 'Only leads may approve', hidden: true }}>
        Approve
      </GuardedButton>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
