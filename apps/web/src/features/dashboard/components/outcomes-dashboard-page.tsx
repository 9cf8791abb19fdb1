import { Alert, Button, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/dates';
import { useServiceCatalogue } from '../../../lib/reference-data/get-service-catalogue';
import { useUrlChoice } from '../../../lib/url-state';
import { useOutcomeMetrics } from '../api/get-outcome-metrics';
import {
  actionsByRegionRows,
  actionsByServiceRows,
  actionsByTypeRows,
  openCasesByStatusRows,
  outcomeMonthRows,
  resolutionRows,
  severityStatusRows,
  type OutcomesMetrics,
} from './chart-data';
import { STATUS_COLORS } from './chart-colors';
import { CountBarChart } from './count-bar-chart';
import { KpiCards } from './kpi-cards';
import { serviceLabeller } from './labels';
import { OutcomesChart } from './outcomes-chart';
import { OverdueCases } from './overdue-cases';
import { ResolutionChart } from './resolution-chart';
import { SeverityStatusChart } from './severity-status-chart';

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

function DashboardContent({ metrics }: { metrics: OutcomesMetrics }) {
  const catalogue = useServiceCatalogue();
  const rows = useMemo(
    () => ({
      byStatus: openCasesByStatusRows(metrics),
      bySeverityAndStatus: severityStatusRows(metrics),
      outcomes: outcomeMonthRows(metrics),
      resolution: resolutionRows(metrics),
      byType: actionsByTypeRows(metrics),
      byService: actionsByServiceRows(metrics, serviceLabeller(catalogue.data)),
      byRegion: actionsByRegionRows(metrics),
    }),
    [metrics, catalogue.data],
  );

  return (
    <Stack gap="md">
      <KpiCards metrics={metrics} />
      <Stack gap="md" component="section" aria-labelledby="open-cases-heading">
        <Title order={3} size="h4" id="open-cases-heading">
          Open cases
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SeverityStatusChart rows={rows.bySeverityAndStatus} />
          <CountBarChart
            title="Open cases by status"
            description="Where open cases are in their lifecycle"
            rows={rows.byStatus}
            categoryLabel="Status"
            valueLabel="Open cases"
            empty="No open cases."
            colors={STATUS_COLORS}
          />
        </SimpleGrid>
        <OverdueCases overdue={metrics.overdueCases} />
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="outcomes-heading">
        <Title order={3} size="h4" id="outcomes-heading">
          Outcomes
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <OutcomesChart rows={rows.outcomes} />
          <ResolutionChart rows={rows.resolution} />
        </SimpleGrid>
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="actions-heading">
        <Title order={3} size="h4" id="actions-heading">
          Enforcement actions
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          Proposed, approved, executed and reversed actions; rejected ones are not counted.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <CountBarChart
            title="Actions by type"
            rows={rows.byType}
            categoryLabel="Type"
            valueLabel="Actions"
            empty="No enforcement action yet."
            horizontal
          />
          <CountBarChart
            title="Actions by service"
            rows={rows.byService}
            categoryLabel="Service"
            valueLabel="Actions"
            empty="No action names a service yet."
            horizontal
          />
          <CountBarChart
            title="Actions by region"
            description="Region of the action's case"
            rows={rows.byRegion}
            categoryLabel="Region"
            valueLabel="Actions"
            empty="No enforcement action yet."
            horizontal
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}

/** The executive's outcomes at a glance. */
export function OutcomesDashboardPage() {
  useDocumentTitle('Outcomes · Ethics case tracker');
  const [period, setPeriod] = useUrlChoice('months', PERIODS, '12');
  const query = useOutcomeMetrics(Number(period));

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
