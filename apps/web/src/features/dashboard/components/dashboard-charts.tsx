import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
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
import { serviceLabeller } from './labels';
import { OutcomesChart } from './outcomes-chart';
import { ResolutionChart } from './resolution-chart';
import { SeverityStatusChart } from './severity-status-chart';

/*
 * Every chart of the dashboard, in one chunk loaded after the page: recharts is as large as the
 * rest of the app, so the figures and the overdue list show first and the drawings follow.
 */

export function OpenCasesCharts({ metrics }: { metrics: OutcomesMetrics }) {
  const bySeverityAndStatus = useMemo(() => severityStatusRows(metrics), [metrics]);
  const byStatus = useMemo(() => openCasesByStatusRows(metrics), [metrics]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <SeverityStatusChart rows={bySeverityAndStatus} />
      <CountBarChart
        title="Open cases by status"
        description="Where open cases are in their lifecycle"
        rows={byStatus}
        categoryLabel="Status"
        valueLabel="Open cases"
        empty="No open cases."
        colors={STATUS_COLORS}
      />
    </SimpleGrid>
  );
}

export function OutcomeCharts({ metrics }: { metrics: OutcomesMetrics }) {
  const outcomes = useMemo(() => outcomeMonthRows(metrics), [metrics]);
  const resolution = useMemo(() => resolutionRows(metrics), [metrics]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <OutcomesChart rows={outcomes} />
      <ResolutionChart rows={resolution} />
    </SimpleGrid>
  );
}

export function ActionCharts({ metrics }: { metrics: OutcomesMetrics }) {
  const catalogue = useServiceCatalogue();
  const rows = useMemo(
    () => ({
      byType: actionsByTypeRows(metrics),
      byService: actionsByServiceRows(metrics, serviceLabeller(catalogue.data)),
      byRegion: actionsByRegionRows(metrics),
    }),
    [metrics, catalogue.data],
  );
  return (
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
  );
}
