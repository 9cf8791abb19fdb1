import { Badge } from '@mantine/core';
import type { Severity } from '@ethics/domain';
import { SEVERITY_LABELS } from '../lib/vocabulary-labels';

const SEVERITY_COLORS: Record<Severity, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'critical' ? 'filled' : 'light'}
      radius="sm"
      miw="max-content"
    >
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}
