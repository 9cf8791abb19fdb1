import { Anchor, Badge, Blockquote, Card, Group, Stack, Text } from '@mantine/core';
import type { CaseScope } from '@ethics/authz';
import type { StatementStatus } from '@ethics/domain';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import type { Statement } from '../../../lib/api-types';
import { useCurrentUser } from '../../../lib/current-user';
import { useMemberNames } from '../../../api/cases/get-case-members';
import { STATEMENT_AUDIENCE_LABELS, STATEMENT_STATUS_LABELS } from '../../../lib/vocabulary-labels';
import { StatementLifecycleButtons } from './statement-lifecycle-buttons';

const STATUS_COLORS: Record<StatementStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  published: 'green',
  received: 'cyan',
};

export interface StatementCardProps {
  statement: Statement;
  scope?: CaseScope;
  /** In a list across cases: the case it belongs to. */
  caseLink?: { reference: string };
}

export function StatementCard({ statement: s, scope, caseLink }: StatementCardProps) {
  const { user } = useCurrentUser();
  const names = useMemberNames(s.caseId);
  const nameOf = (id: string | null) => (id === user.id ? 'you' : names(id));
  const issued = s.direction === 'issued';

  return (
    <Card withBorder radius="md" p="md" component="article" aria-label={`${issued ? 'Issued' : 'Received'} statement`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="xs">
            <Badge color={STATUS_COLORS[s.status]} radius="sm" variant={s.status === 'published' ? 'filled' : 'light'}>
              {STATEMENT_STATUS_LABELS[s.status]}
            </Badge>
            <Badge variant="outline" radius="sm">
              {issued ? 'To' : 'From'} {issued ? STATEMENT_AUDIENCE_LABELS[s.audience] : (s.source ?? 'unknown source')}
            </Badge>
            {!issued && (
              <Badge variant="outline" color="gray" radius="sm">
                Said to {STATEMENT_AUDIENCE_LABELS[s.audience]}
              </Badge>
            )}
            {s.channel !== null && (
              <Text size="sm" c="dimmed">
                {s.channel}
              </Text>
            )}
            {caseLink !== undefined && (
              <Anchor component={Link} to={`/cases/${s.caseId}?tab=statements`} size="sm" ff="monospace">
                {caseLink.reference}
              </Anchor>
            )}
          </Group>
          <StatementLifecycleButtons statement={s} scope={scope} />
        </Group>
        <Blockquote p="sm" color={issued ? 'indigo' : 'cyan'} style={{ whiteSpace: 'pre-wrap' }}>
          {s.body}
        </Blockquote>
        <Text size="xs" c="dimmed">
          {issued ? 'Drafted' : 'Recorded'} by {nameOf(s.authorId)}, <DateText iso={s.createdAt} />
          {s.statedAt !== null && (
            <>
              {' · said '}
              <DateText iso={s.statedAt} withTime />
            </>
          )}
          {s.approvedAt !== null && (
            <>
              {' · approved by '}
              {nameOf(s.approvedBy)}, <DateText iso={s.approvedAt} />
            </>
          )}
          {s.publishedAt !== null && (
            <>
              {' · published by '}
              {nameOf(s.publishedBy)}, <DateText iso={s.publishedAt} />
            </>
          )}
          {s.supersededById !== null && ' · superseded by a later statement'}
        </Text>
      </Stack>
    </Card>
  );
}
