import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { SummarySection, type SectionQuery } from './summary-section';

interface Fruit {
  id: string;
  name: string;
}

const COLUMNS = [
  { header: 'Name', cell: (fruit: Fruit) => fruit.name },
  { header: 'Id', cell: (fruit: Fruit) => fruit.id, nowrap: true },
];

function settled(data: Fruit[]): SectionQuery<Fruit[]> {
  return { isPending: false, isError: false, error: null, data, refetch: vi.fn() };
}

function renderSection(query: SectionQuery<Fruit[]>, caption?: (data: Fruit[]) => string | undefined) {
  return renderWithProviders(
    <SummarySection
      title="Fruit basket"
      query={query}
      rowsOf={(fruits) => fruits}
      columns={COLUMNS}
      caption={caption}
      empty="No fruit picked."
    />,
  );
}

describe('SummarySection', () => {
  it('names the section by its title and lists one row a record under the column headers', () => {
    renderSection(settled([{ id: 'f1', name: 'Apple' }]), () => 'One of many');
    const section = screen.getByRole('region', { name: 'Fruit basket' });
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Id']);
    expect(within(table).getByRole('row', { name: 'Apple f1' })).toBeTruthy();
    expect(within(table).getByText('One of many').tagName).toBe('CAPTION');
  });

  it('says the empty text instead of an empty table', () => {
    renderSection(settled([]));
    expect(screen.getByText('No fruit picked.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('leaves the caption out when it has nothing to say', () => {
    renderSection(settled([{ id: 'f1', name: 'Apple' }]), () => undefined);
    expect(document.querySelector('caption')).toBeNull();
  });

  it('says what is loading', () => {
    renderSection({ isPending: true, isError: false, error: null, data: undefined, refetch: vi.fn() });
    expect(screen.getByRole('status').textContent).toBe('Loading fruit basket…');
  });

  it('offers a retry when the part fails', () => {
    const refetch = vi.fn();
    renderSection({ isPending: false, isError: true, error: new Error('Gone'), data: undefined, refetch });
    expect(screen.getByText('Fruit basket could not be loaded')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledOnce();
  });
});
