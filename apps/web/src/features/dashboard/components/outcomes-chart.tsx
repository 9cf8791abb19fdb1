import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card';
import { chartLegend } from './chart-legend';
import { OUTCOMES, type OutcomeMonthRow } from './chart-data';
import { OUTCOME_COLORS } from './chart-colors';
import { OUTCOME_LABELS } from '../../../lib/vocabulary-labels';

/** Cases closed per month, split by outcome. */
export function OutcomesChart({ rows }: { rows: readonly OutcomeMonthRow[] }) {
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <ChartCard
      title="Outcomes over time"
      description="Cases closed per month, by outcome"
      empty={total === 0 && 'No case was closed in this period.'}
      table={{
        columns: ['Month', ...OUTCOMES.map((outcome) => OUTCOME_LABELS[outcome]), 'Total'],
        rows: rows.map((row) => [row.label, ...OUTCOMES.map((outcome) => row[outcome]), row.total]),
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
        <XAxis dataKey="label" fontSize={12} minTickGap={8} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip cursor={{ fillOpacity: 0.3 }} />
        {chartLegend()}
        {OUTCOMES.map((outcome) => (
          <Bar
            isAnimationActive={false}
            key={outcome}
            dataKey={outcome}
            name={OUTCOME_LABELS[outcome]}
            stackId="outcome"
            fill={OUTCOME_COLORS[outcome]}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
}
