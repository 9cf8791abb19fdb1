import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { CountryName } from './country-name';

describe('CountryName', () => {
  it('shows the name of the country whose code is stored', async () => {
    renderWithProviders(
      <p>
        Country: <CountryName code="GB" />
      </p>,
    );
    expect(await screen.findByText('Country: United Kingdom')).toBeTruthy();
  });
});
