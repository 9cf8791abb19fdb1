import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card';
import { chartLegend } from './chart-legend';
import { OPEN_STATUSES, type SeverityStatusRow } from './chart-data';
import { STATUS_COLORS } from './chart-colors';
import { CASE_STATUS_LABELS as STATUS_LABELS } from '../../../lib/vocabulary-labels';

/** Open cases per severity, each bar split by where the cases are in their lifecycle. */
export function SeverityStatusChart({ rows }: { rows: readonly SeverityStatusRow[] }) {
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <ChartCard
      title="Open cases by severity and status"
      description="Each bar is one severity, split by lifecycle status"
      empty={total === 0 && 'No open cases.'}
      table={{
        columns: ['Severity', ...OPEN_STATUSES.map((status) => STATUS_LABELS[status]), 'Total'],
        rows: rows.map((row) => [row.label, ...OPEN_STATUSES.map((status) => row[status]), row.total]),
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
        <XAxis dataKey="label" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip cursor={{ fillOpacity: 0.3 }} />
        {chartLegend()}
        {OPEN_STATUSES.map((status) => (
          <Bar
            isAnimationActive={false}
            key={status}
            dataKey={status}
            name={STATUS_LABELS[status]}
            stackId="status"
            fill={STATUS_COLORS[status]}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
}
