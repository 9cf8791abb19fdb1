import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { CaseScope } from '@ethics/authz';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { RecordCard } from '../../../components/record-card';
import type { EnforcementAction } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { useMemberNames } from '../../../api/cases/get-case-members';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import { ACTION_TYPE_LABELS, SUBJECT_TYPE_LABELS } from '../../../lib/vocabulary-labels';
import { ActionLifecycleButtons } from './action-lifecycle-buttons';
import { ActionStatusBadge } from './action-status-badge';

export interface ActionCardProps {
  action: EnforcementAction;
  scope?: CaseScope;
  /** In a list across cases: link to the case. */
  showCase?: boolean;
}

/** One enforcement action: what, against whom, on which services, and who decided what when. */
export function ActionCard({ action, scope, showCase = false }: ActionCardProps) {
  const { user } = useCurrentUser();
  const names = useMemberNames(action.caseId);
  const catalogue = useServiceCatalogue();
  const nameOf = (id: string | null) => (id === user.id ? 'you' : names(id));
  const serviceLabel = (key: string) => catalogue.data?.find((s) => s.key === key)?.label ?? key;
  const a = action;

  return (
    <RecordCard
      headingId={`action-${a.id}`}
      heading={`${ACTION_TYPE_LABELS[a.type]}: ${a.subject.name}`}
      tags={
        <>
          <ActionStatusBadge status={a.status} />
          {showCase && (
            <Anchor component={Link} to={`/cases/${a.caseId}?tab=actions`} size="sm" ff="monospace">
              {a.caseReference}
            </Anchor>
          )}
        </>
      }
      meta={
        <Group gap={4}>
          <Text size="sm" c="dimmed">
            {SUBJECT_TYPE_LABELS[a.subject.type]} ·
          </Text>
          {a.services.map((s) => (
            <Badge key={s} variant="outline" radius="sm" tt="none" fw={500}>
              {serviceLabel(s)}
            </Badge>
          ))}
        </Group>
      }
      commands={<ActionLifecycleButtons action={a} scope={scope} />}
      headerGap="sm"
    >
      <Text size="sm">
        <strong>Scope:</strong> {a.scope}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <strong>Rationale:</strong> {a.rationale}
      </Text>
      {(a.effectiveFrom !== null || a.effectiveUntil !== null) && (
        <Text size="sm" c="dimmed">
          Effective <DateText iso={a.effectiveFrom} /> to{' '}
          {a.effectiveUntil === null ? 'further notice' : <DateText iso={a.effectiveUntil} />}
        </Text>
      )}
      <List size="sm" spacing={2} c="dimmed" aria-label="History of the action">
        <List.Item>
          Proposed by {nameOf(a.proposedBy)}, <DateText iso={a.proposedAt} withTime />
        </List.Item>
        {a.decidedAt !== null && (
          <List.Item>
            {a.status === 'rejected' ? 'Rejected' : 'Approved'} by {nameOf(a.decidedBy)},{' '}
            <DateText iso={a.decidedAt} withTime />
            {a.decisionReason !== null && `: “${a.decisionReason}”`}
          </List.Item>
        )}
        {a.executedAt !== null && (
          <List.Item>
            Executed by {nameOf(a.executedBy)}, <DateText iso={a.executedAt} withTime />
            {a.executionReference !== null && ` (ref. ${a.executionReference})`}
          </List.Item>
        )}
        {a.reversedAt !== null && (
          <List.Item>
            Reversed by {nameOf(a.reversedBy)}, <DateText iso={a.reversedAt} withTime />
            {a.reversalReason !== null && `: “${a.reversalReason}”`}
          </List.Item>
        )}
      </List>
    </RecordCard>
  );
}
