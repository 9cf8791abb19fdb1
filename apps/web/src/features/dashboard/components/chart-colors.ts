import { DEFAULT_THEME } from '@mantine/core';
import type { CaseOutcome, CaseStatus, Severity } from '@ethics/domain';

// SVG presentation attributes cannot read CSS variables, so the charts take the palette's values.
const c = DEFAULT_THEME.colors;

export const STATUS_COLORS: Record<Exclude<CaseStatus, 'closed' | 'dismissed'>, string> = {
  intake: c.gray[6],
  triage: c.cyan[7],
  investigating: c.indigo[6],
  findings: c.violet[6],
  actioning: c.orange[7],
};

export const SEVERITY_COLORS: Record<Severity, string> = {
  low: c.gray[6],
  medium: c.yellow[7],
  high: c.orange[7],
  critical: c.red[8],
};

export const OUTCOME_COLORS: Record<CaseOutcome, string> = {
  substantiated: c.red[8],
  partially_substantiated: c.orange[6],
  unsubstantiated: c.teal[7],
  inconclusive: c.gray[6],
  referred: c.indigo[6],
};

export const BAR_COLOR = c.indigo[6];
export const LINE_COLOR = c.indigo[7];
export const SECONDARY_BAR_COLOR = c.gray[4];

/** Legend text in the body colour: the swatch carries the series colour, the words stay readable. */
export const LEGEND_TEXT_COLOR = c.dark[7];
