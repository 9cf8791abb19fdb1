import { screen } from '@testing-library/react';

/**
 * The reason a GuardedButton gives for being disabled, or null when it can be used. Throws when
 * there is no such button at all.
 */
export function disabledReason(name: string): string | null {
  const button = screen.getByRole('button', { name });
  if (button.getAttribute('aria-disabled') !== 'true') return null;
  return document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
}
