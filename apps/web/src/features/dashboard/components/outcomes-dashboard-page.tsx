import { Alert, Button, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/dates';
import { useUrlChoice } from '../../../lib/url-state';
import { useOutcomeMetrics } from '../../../api/metrics/get-outcome-metrics';
import type { OutcomesMetrics } from './chart-data';
import { KpiCards } from './kpi-cards';
import { OverdueCases } from './overdue-cases';

// The charts are their own chunk (recharts): the page shows its figures without waiting for them.
const loadCharts = () => import('./dashboard-charts');
const OpenCasesCharts = lazy(() => loadCharts().then((m) => ({ default: m.OpenCasesCharts })));
const OutcomeCharts = lazy(() => loadCharts().then((m) => ({ default: m.OutcomeCharts })));
const ActionCharts = lazy(() => loadCharts().then((m) => ({ default: m.ActionCharts })));

const PERIODS = ['6', '12', '24'] as const;

function DashboardSkeleton() {
  return (
    <Stack gap="md" role="status" aria-label="Loading the outcomes">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} h={104} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={320} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ChartsLoading({ count, height }: { count: number; height: number }) {
  return (
    <SimpleGrid cols={{ base: 1, md: count }} spacing="md" role="status" aria-label="Loading the charts">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} h={height} radius="md" />
      ))}
    </SimpleGrid>
  );
}

function DashboardContent({ metrics }: { metrics: OutcomesMetrics }) {
  return (
    <Stack gap="md">
      <KpiCards metrics={metrics} />
      <Stack gap="md" component="section" aria-labelledby="open-cases-heading">
        <Title order={3} size="h4" id="open-cases-heading">
          Open cases
        </Title>
        <Suspense fallback={<ChartsLoading count={2} height={330} />}>
          <OpenCasesCharts metrics={metrics} />
        </Suspense>
        <OverdueCases overdue={metrics.overdueCases} />
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="outcomes-heading">
        <Title order={3} size="h4" id="outcomes-heading">
          Outcomes
        </Title>
        <Suspense fallback={<ChartsLoading count={2} height={330} />}>
          <OutcomeCharts metrics={metrics} />
        </Suspense>
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="actions-heading">
        <Title order={3} size="h4" id="actions-heading">
          Enforcement actions
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          Proposed, approved, executed and reversed actions; rejected ones are not counted.
        </Text>
        <Suspense fallback={<ChartsLoading count={3} height={340} />}>
          <ActionCharts metrics={metrics} />
        </Suspense>
      </Stack>
    </Stack>
  );
}

/** The executive's outcomes at a glance. */
export function OutcomesDashboardPage() {
  useDocumentTitle('Outcomes · Ethics case tracker');
  const [period, setPeriod] = useUrlChoice('months', PERIODS, '12');
  const query = useOutcomeMetrics(Number(period));
  // Fetch the charts' code while the figures load, not after.
  useEffect(() => {
    void loadCharts();
  }, []);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>Outcomes</Title>
          <Text size="sm" c="dimmed">
            {query.data ? `Figures as of ${formatDateTime(query.data.generatedAt)}` : 'Cases, outcomes and actions'}
          </Text>
        </div>
        <Group gap="sm">
          <Text size="sm" id="period-label">
            Monthly charts cover
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            size="sm"
            value={period}
            onChange={setPeriod}
            data={PERIODS.map((value) => ({ value, label: `${value} months` }))}
          />
          <Button variant="default" size="sm" onClick={() => void query.refetch()} loading={query.isFetching}>
            Refresh
          </Button>
        </Group>
      </Group>
      {query.isPending ? (
        <DashboardSkeleton />
      ) : query.isError ? (
        <Alert color="red" variant="light" role="alert" title="The outcomes could not be loaded">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(query.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : (
        <DashboardContent metrics={query.data} />
      )}
    </Stack>
  );
}
