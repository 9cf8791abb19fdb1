import { Badge } from '@mantine/core';
import type { CaseStatus } from '@ethics/domain';
import { CASE_STATUS_LABELS } from '../lib/vocabulary-labels';

const STATUS_COLORS: Record<CaseStatus, string> = {
  intake: 'gray',
  triage: 'cyan',
  investigating: 'blue',
  findings: 'violet',
  actioning: 'orange',
  closed: 'green',
  dismissed: 'gray',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" miw="max-content">
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}
