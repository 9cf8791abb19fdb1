import { OPEN_STATUSES, type SeverityStatusRow } from './chart-data';
import { STATUS_COLORS } from './chart-colors';
import { StackedBarChart } from './stacked-bar-chart';
import { CASE_STATUS_LABELS as STATUS_LABELS } from '../../../lib/vocabulary-labels';

/** Open cases per severity, each bar split by where the cases are in their lifecycle. */
export function SeverityStatusChart({ rows }: { rows: readonly SeverityStatusRow[] }) {
  return (
    <StackedBarChart
      title="Open cases by severity and status"
      description="Each bar is one severity, split by lifecycle status"
      empty="No open cases."
      categoryLabel="Severity"
      parts={OPEN_STATUSES}
      labels={STATUS_LABELS}
      colors={STATUS_COLORS}
      rows={rows}
    />
  );
}
