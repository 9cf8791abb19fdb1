import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatDays, type OutcomesMetrics } from './chart-data';

interface Kpi {
  label: string;
  value: string;
  hint: string;
  tone?: 'alert';
}

export function kpisOf(metrics: OutcomesMetrics): Kpi[] {
  const { totals, overdueCases } = metrics;
  return [
    { label: 'Open cases', value: String(totals.openCases), hint: 'Intake to actioning' },
    {
      label: 'Overdue',
      value: String(overdueCases.count),
      hint: 'Open cases past their due date',
      ...(overdueCases.count > 0 ? { tone: 'alert' as const } : {}),
    },
    {
      label: 'Median time to resolution',
      value: formatDays(metrics.medianDaysToResolution),
      hint: 'From opening to closing',
    },
    { label: 'Closed cases', value: String(totals.closedCases), hint: `${String(totals.dismissedCases)} dismissed` },
    {
      label: 'Enforcement actions',
      value: String(totals.actions),
      hint: `${String(totals.executedActions)} executed; rejected ones not counted`,
    },
  ];
}

/** The headline figures, each a labelled term and value so that they read well aloud. */
export function KpiCards({ metrics }: { metrics: OutcomesMetrics }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0} aria-label="Key figures">
      {kpisOf(metrics).map((kpi) => (
        <Paper key={kpi.label} withBorder p="md" radius="md" className="kpi-card">
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {kpi.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.2} c={kpi.tone === 'alert' ? 'red.8' : undefined}>
            {kpi.value}
          </Text>
          <Text component="dd" m={0} size="xs" c="dimmed">
            {kpi.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
