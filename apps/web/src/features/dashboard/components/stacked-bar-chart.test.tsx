import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { StackedBarChart } from './stacked-bar-chart';

const LABELS = { open: 'Open', shut: 'Shut' } as const;
const COLORS = { open: '#0a0', shut: '#a00' } as const;

function renderChart(rows: { label: string; total: number; open: number; shut: number }[]) {
  return renderWithProviders(
    <StackedBarChart
      title="Doors"
      description="Doors per floor"
      empty="No door yet."
      categoryLabel="Floor"
      parts={['open', 'shut']}
      labels={LABELS}
      colors={COLORS}
      rows={rows}
    />,
  );
}

describe('StackedBarChart', () => {
  it('gives the figures as a table: a column per part, then the total', () => {
    renderChart([{ label: 'Ground', total: 3, open: 1, shut: 2 }]);
    const table = screen.getByRole('table', { name: 'Doors' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Floor', 'Open', 'Shut', 'Total']);
    expect(within(table).getByRole('row', { name: 'Ground 1 2 3' })).toBeTruthy();
  });

  it('says the empty text instead of drawing bars of nothing', () => {
    renderChart([{ label: 'Ground', total: 0, open: 0, shut: 0 }]);
    expect(screen.getByText('No door yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
