import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { CaseScope } from '@ethics/authz';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
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
    <Card withBorder radius="md" p="md" component="article" aria-labelledby={`action-${a.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
            <Group gap="xs">
              <Title order={4} size="h6" id={`action-${a.id}`}>
                {ACTION_TYPE_LABELS[a.type]}: {a.subject.name}
              </Title>
              <ActionStatusBadge status={a.status} />
              {showCase && (
                <Anchor component={Link} to={`/cases/${a.caseId}?tab=actions`} size="sm" ff="monospace">
                  {a.caseReference}
                </Anchor>
              )}
            </Group>
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
          </Stack>
          <ActionLifecycleButtons action={a} scope={scope} />
        </Group>
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
      </Stack>
    </Card>
  );
}
