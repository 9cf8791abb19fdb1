import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card';
import type { CountRow } from './chart-data';
import { BAR_COLOR } from './chart-colors';

export interface CountBarChartProps {
  title: string;
  description?: string;
  rows: readonly CountRow[];
  /** Axis and table heading for the counted thing, e.g. "Open cases". */
  valueLabel: string;
  categoryLabel: string;
  empty: string;
  /** Horizontal bars suit long labels (action types, regions). */
  horizontal?: boolean;
  colors?: Readonly<Partial<Record<string, string>>>;
}

export function CountBarChart({
  title,
  description,
  rows,
  valueLabel,
  categoryLabel,
  empty,
  horizontal = false,
  colors = {},
}: CountBarChartProps) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const data = [...rows];
  const height = horizontal ? Math.max(160, rows.length * 34 + 40) : 240;
  return (
    <ChartCard
      title={title}
      description={description}
      empty={total === 0 && empty}
      table={{ columns: [categoryLabel, valueLabel], rows: rows.map((row) => [row.label, row.count]) }}
    >
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="label" width={150} fontSize={12} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" fontSize={12} interval={0} />
            <YAxis allowDecimals={false} fontSize={12} />
          </>
        )}
        <Tooltip cursor={{ fillOpacity: 0.3 }} />
        <Bar
          isAnimationActive={false}
          dataKey="count"
          name={valueLabel}
          fill={BAR_COLOR}
          radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
        >
          {rows.map((row) => (
            <Cell key={row.key} fill={colors[row.key] ?? BAR_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
