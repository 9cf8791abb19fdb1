import { OUTCOMES, type OutcomeMonthRow } from './chart-data';
import { OUTCOME_COLORS } from './chart-colors';
import { StackedBarChart } from './stacked-bar-chart';
import { OUTCOME_LABELS } from '../../../lib/vocabulary-labels';

/** Cases closed per month, split by outcome. */
export function OutcomesChart({ rows }: { rows: readonly OutcomeMonthRow[] }) {
  return (
    <StackedBarChart
      title="Outcomes over time"
      description="Cases closed per month, by outcome"
      empty="No case was closed in this period."
      categoryLabel="Month"
      parts={OUTCOMES}
      labels={OUTCOME_LABELS}
      colors={OUTCOME_COLORS}
      rows={rows}
      thinTicks
    />
  );
}
