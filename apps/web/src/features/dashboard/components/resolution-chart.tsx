import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card';
import { chartLegend } from './chart-legend';
import { formatDays, type ResolutionMonthRow } from './chart-data';
import { LINE_COLOR, SECONDARY_BAR_COLOR } from './chart-colors';

/** Median days from opening to closing, per month of closing, with the number of cases closed. */
export function ResolutionChart({ rows }: { rows: readonly ResolutionMonthRow[] }) {
  const closed = rows.reduce((sum, row) => sum + row.closedCases, 0);
  return (
    <ChartCard
      title="Time to resolution"
      description="Median days from opening to closing, by month of closing"
      empty={closed === 0 && 'No case was closed in this period.'}
      table={{
        columns: ['Month', 'Cases closed', 'Median time to resolution'],
        rows: rows.map((row) => [row.label, row.closedCases, formatDays(row.medianDays)]),
      }}
    >
      <ComposedChart
        data={[...rows]}
        responsive
        style={{ width: '100%', height: 260 }}
        margin={{ top: 8, right: 0, bottom: 8, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" fontSize={12} minTickGap={8} />
        <YAxis yAxisId="days" allowDecimals={false} fontSize={12} />
        <YAxis yAxisId="cases" orientation="right" allowDecimals={false} fontSize={12} />
        <Tooltip />
        {chartLegend()}
        <Bar
          isAnimationActive={false}
          yAxisId="cases"
          dataKey="closedCases"
          name="Cases closed"
          fill={SECONDARY_BAR_COLOR}
          barSize={18}
        />
        <Line
          isAnimationActive={false}
          yAxisId="days"
          type="monotone"
          dataKey="medianDays"
          name="Median days"
          stroke={LINE_COLOR}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
        />
      </ComposedChart>
    </ChartCard>
  );
}
