import { Legend } from 'recharts';
import { LEGEND_TEXT_COLOR } from './chart-colors';

/** The legend in the series' own order (not alphabetical), its words in the text colour. */
export function chartLegend() {
  return (
    <Legend
      itemSorter={null}
      wrapperStyle={{ fontSize: 12 }}
      formatter={(value: string) => <span style={{ color: LEGEND_TEXT_COLOR }}>{value}</span>}
    />
  );
}
