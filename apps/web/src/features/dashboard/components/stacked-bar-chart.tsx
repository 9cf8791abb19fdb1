import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card';
import { chartLegend } from './chart-legend';

export interface StackedBarChartProps<K extends string> {
  title: string;
  description: string;
  /** Said instead of the chart when every bar is empty. */
  empty: string;
  /** Table heading for the bars, e.g. "Month". */
  categoryLabel: string;
  /** The parts of each bar, bottom first. */
  parts: readonly K[];
  labels: Readonly<Record<K, string>>;
  colors: Readonly<Record<K, string>>;
  rows: readonly ({ label: string; total: number } & Record<K, number>)[];
  /** Leaves out some axis labels when they would overlap (long runs of months). */
  thinTicks?: boolean;
}

/** Counts per category, each bar split into parts, with the numbers as a table for screen readers. */
export function StackedBarChart<K extends string>({
  title,
  description,
  empty,
  categoryLabel,
  parts,
  labels,
  colors,
  rows,
  thinTicks = false,
}: StackedBarChartProps<K>) {
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <ChartCard
      title={title}
      description={description}
      empty={total === 0 && empty}
      table={{
        columns: [categoryLabel, ...parts.map((part) => labels[part]), 'Total'],
        rows: rows.map((row) => [row.label, ...parts.map((part) => row[part]), row.total]),
      }}
    >
      <BarChart
        data={[...rows]}
        responsive
        style={{ width: '100%', height: 260 }}
        margin={{ top: 8, right: 16, bottom: 8, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" fontSize={12} {...(thinTicks ? { minTickGap: 8 } : {})} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip cursor={{ fillOpacity: 0.3 }} />
        {chartLegend()}
        {parts.map((part) => (
          <Bar
            isAnimationActive={false}
            key={part}
            dataKey={part}
            name={labels[part]}
            stackId="parts"
            fill={colors[part]}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
}
